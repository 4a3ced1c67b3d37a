//! Hex, base64 and PEM encodings.
