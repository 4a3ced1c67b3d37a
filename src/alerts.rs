//! TLS alerts: the descriptions and levels of `gnutls_alert_description_t`
//! and `gnutls_alert_level_t`, with the names `gnutls_alert_get_strname`
//! returns and a human description (our own wording) for `gnutls_alert_get_name`.

use std::ffi::CStr;

/// Severity of an alert (`gnutls_alert_level_t`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum AlertLevel {
    Warning = 1,
    Fatal = 2,
}

impl AlertLevel {
    /// The level for its wire/enum value, if it is one of the two defined.
    pub fn from_u8(value: u8) -> Option<Self> {
        match value {
            1 => Some(Self::Warning),
            2 => Some(Self::Fatal),
            _ => None,
        }
    }
}

/// Defines the alert enum and its lookup table from one list, so the enum
/// value, the GnuTLS symbolic name and our description cannot drift apart.
macro_rules! alert_descriptions {
    ($($variant:ident = $value:literal, $strname:literal, $text:literal;)*) => {
        /// An alert description (`gnutls_alert_description_t`); values from gnutls.h.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum AlertDescription {
            $($variant = $value,)*
        }

        impl AlertDescription {
            /// The symbolic name, as `gnutls_alert_get_strname` gives it.
            pub fn strname(self) -> &'static str {
                self.strname_cstr().to_str().unwrap_or("")
            }

            /// A short human-readable description (for `gnutls_alert_get_name`).
            pub fn description(self) -> &'static str {
                self.description_cstr().to_str().unwrap_or("")
            }

            /// Every defined description, in increasing numeric order.
            pub const ALL: &'static [AlertDescription] = &[$(Self::$variant,)*];

            /// The description with this wire value, if one is defined.
            pub fn from_u8(value: u8) -> Option<Self> {
                match value {
                    $($value => Some(Self::$variant),)*
                    _ => None,
                }
            }

            /// The symbolic name, as `gnutls_alert_get_strname` gives it
            /// (NUL-terminated so the C layer can return it as is).
            pub fn strname_cstr(self) -> &'static CStr {
                match self {
                    $(Self::$variant => $strname,)*
                }
            }

            /// A short human-readable description (for `gnutls_alert_get_name`),
            /// NUL-terminated.
            pub fn description_cstr(self) -> &'static CStr {
                match self {
                    $(Self::$variant => $text,)*
                }
            }
        }
    };
}

alert_descriptions! {
    CloseNotify = 0, c"GNUTLS_A_CLOSE_NOTIFY", c"Orderly close of the connection";
    UnexpectedMessage = 10, c"GNUTLS_A_UNEXPECTED_MESSAGE", c"Message not expected at this point";
    BadRecordMac = 20, c"GNUTLS_A_BAD_RECORD_MAC", c"Record failed its integrity check";
    DecryptionFailed = 21, c"GNUTLS_A_DECRYPTION_FAILED", c"Record could not be decrypted";
    RecordOverflow = 22, c"GNUTLS_A_RECORD_OVERFLOW", c"Record too large";
    DecompressionFailure = 30, c"GNUTLS_A_DECOMPRESSION_FAILURE", c"Record could not be decompressed";
    HandshakeFailure = 40, c"GNUTLS_A_HANDSHAKE_FAILURE", c"No acceptable security parameters";
    Ssl3NoCertificate = 41, c"GNUTLS_A_SSL3_NO_CERTIFICATE", c"No certificate available (SSL 3)";
    BadCertificate = 42, c"GNUTLS_A_BAD_CERTIFICATE", c"Certificate is corrupt or invalid";
    UnsupportedCertificate = 43, c"GNUTLS_A_UNSUPPORTED_CERTIFICATE", c"Certificate type not supported";
    CertificateRevoked = 44, c"GNUTLS_A_CERTIFICATE_REVOKED", c"Certificate has been revoked";
    CertificateExpired = 45, c"GNUTLS_A_CERTIFICATE_EXPIRED", c"Certificate is past its validity period";
    CertificateUnknown = 46, c"GNUTLS_A_CERTIFICATE_UNKNOWN", c"Certificate could not be accepted";
    IllegalParameter = 47, c"GNUTLS_A_ILLEGAL_PARAMETER", c"A field held a value that is not allowed";
    UnknownCa = 48, c"GNUTLS_A_UNKNOWN_CA", c"Certificate issuer is not trusted";
    AccessDenied = 49, c"GNUTLS_A_ACCESS_DENIED", c"Access refused";
    DecodeError = 50, c"GNUTLS_A_DECODE_ERROR", c"Message could not be decoded";
    DecryptError = 51, c"GNUTLS_A_DECRYPT_ERROR", c"Cryptographic check failed";
    ExportRestriction = 60, c"GNUTLS_A_EXPORT_RESTRICTION", c"Export-restricted parameters";
    ProtocolVersion = 70, c"GNUTLS_A_PROTOCOL_VERSION", c"Protocol version not supported";
    InsufficientSecurity = 71, c"GNUTLS_A_INSUFFICIENT_SECURITY", c"Parameters too weak";
    InternalError = 80, c"GNUTLS_A_INTERNAL_ERROR", c"Internal failure at the sending side";
    InappropriateFallback = 86, c"GNUTLS_A_INAPPROPRIATE_FALLBACK", c"Protocol downgrade refused";
    UserCanceled = 90, c"GNUTLS_A_USER_CANCELED", c"Handshake cancelled by the user";
    NoRenegotiation = 100, c"GNUTLS_A_NO_RENEGOTIATION", c"Renegotiation refused";
    MissingExtension = 109, c"GNUTLS_A_MISSING_EXTENSION", c"A required extension is absent";
    UnsupportedExtension = 110, c"GNUTLS_A_UNSUPPORTED_EXTENSION", c"Extension not permitted here";
    CertificateUnobtainable = 111, c"GNUTLS_A_CERTIFICATE_UNOBTAINABLE", c"Certificate could not be fetched";
    UnrecognizedName = 112, c"GNUTLS_A_UNRECOGNIZED_NAME", c"Requested server name is not served";
    UnknownPskIdentity = 115, c"GNUTLS_A_UNKNOWN_PSK_IDENTITY", c"PSK or SRP identity not known";
    CertificateRequired = 116, c"GNUTLS_A_CERTIFICATE_REQUIRED", c"A certificate must be sent";
    NoApplicationProtocol = 120, c"GNUTLS_A_NO_APPLICATION_PROTOCOL", c"No shared application protocol";
}

/// `gnutls_alert_get_strname` for the C layer: NUL-terminated, `None` if undefined.
pub fn strname_cstr(id: i32) -> Option<&'static CStr> {
    from_id(id).map(AlertDescription::strname_cstr)
}

/// `gnutls_alert_get_name` for the C layer: NUL-terminated, `None` if undefined.
pub fn name_cstr(id: i32) -> Option<&'static CStr> {
    from_id(id).map(AlertDescription::description_cstr)
}

/// `gnutls_alert_get_strname`: the symbolic name of an alert id, `None` if undefined.
/// Takes the C enum's integer so out-of-range values are simply unknown.
pub fn strname(id: i32) -> Option<&'static str> {
    from_id(id).map(AlertDescription::strname)
}

/// `gnutls_alert_get_name`: a human description of an alert id, `None` if undefined.
pub fn name(id: i32) -> Option<&'static str> {
    from_id(id).map(AlertDescription::description)
}

fn from_id(id: i32) -> Option<AlertDescription> {
    u8::try_from(id).ok().and_then(AlertDescription::from_u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_description() {
        for &alert in AlertDescription::ALL {
            assert_eq!(AlertDescription::from_u8(alert as u8), Some(alert));
            assert!(alert.strname().starts_with("GNUTLS_A_"));
            assert!(!alert.description().is_empty());
        }
        assert_eq!(AlertDescription::ALL.len(), 32);
    }

    #[test]
    fn unknown_ids_have_no_name() {
        for id in [1, 23, 121, 255, 256, -1, i32::MAX] {
            assert_eq!(strname(id), None, "id {id}");
            assert_eq!(name(id), None, "id {id}");
        }
        assert_eq!(strname(0), Some("GNUTLS_A_CLOSE_NOTIFY"));
        assert_eq!(strname(120), Some("GNUTLS_A_NO_APPLICATION_PROTOCOL"));
        assert_eq!(strname_cstr(0), Some(c"GNUTLS_A_CLOSE_NOTIFY"));
        assert_eq!(name_cstr(300), None);
    }

    #[test]
    fn levels() {
        assert_eq!(AlertLevel::from_u8(1), Some(AlertLevel::Warning));
        assert_eq!(AlertLevel::from_u8(2), Some(AlertLevel::Fatal));
        assert_eq!(AlertLevel::from_u8(0), None);
    }
}
