//! TLS alerts: the descriptions and levels of `gnutls_alert_description_t`
//! and `gnutls_alert_level_t`, with the names `gnutls_alert_get_strname`
//! returns and a human description (our own wording) for `gnutls_alert_get_name`.

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
            /// Every defined description, in increasing numeric order.
            pub const ALL: &'static [AlertDescription] = &[$(Self::$variant,)*];

            /// The description with this wire value, if one is defined.
            pub fn from_u8(value: u8) -> Option<Self> {
                match value {
                    $($value => Some(Self::$variant),)*
                    _ => None,
                }
            }

            /// The symbolic name, as `gnutls_alert_get_strname` gives it.
            pub fn strname(self) -> &'static str {
                match self {
                    $(Self::$variant => $strname,)*
                }
            }

            /// A short human-readable description (for `gnutls_alert_get_name`).
            pub fn description(self) -> &'static str {
                match self {
                    $(Self::$variant => $text,)*
                }
            }
        }
    };
}

alert_descriptions! {
    CloseNotify = 0, "GNUTLS_A_CLOSE_NOTIFY", "Peer is closing the connection";
    UnexpectedMessage = 10, "GNUTLS_A_UNEXPECTED_MESSAGE", "Message not expected at this point";
    BadRecordMac = 20, "GNUTLS_A_BAD_RECORD_MAC", "Record failed its integrity check";
    DecryptionFailed = 21, "GNUTLS_A_DECRYPTION_FAILED", "Record could not be decrypted";
    RecordOverflow = 22, "GNUTLS_A_RECORD_OVERFLOW", "Record too large";
    DecompressionFailure = 30, "GNUTLS_A_DECOMPRESSION_FAILURE", "Record could not be decompressed";
    HandshakeFailure = 40, "GNUTLS_A_HANDSHAKE_FAILURE", "No acceptable security parameters";
    Ssl3NoCertificate = 41, "GNUTLS_A_SSL3_NO_CERTIFICATE", "No certificate available (SSL 3)";
    BadCertificate = 42, "GNUTLS_A_BAD_CERTIFICATE", "Certificate is corrupt or invalid";
    UnsupportedCertificate = 43, "GNUTLS_A_UNSUPPORTED_CERTIFICATE", "Certificate type not supported";
    CertificateRevoked = 44, "GNUTLS_A_CERTIFICATE_REVOKED", "Certificate has been revoked";
    CertificateExpired = 45, "GNUTLS_A_CERTIFICATE_EXPIRED", "Certificate is past its validity period";
    CertificateUnknown = 46, "GNUTLS_A_CERTIFICATE_UNKNOWN", "Certificate could not be accepted";
    IllegalParameter = 47, "GNUTLS_A_ILLEGAL_PARAMETER", "A field held a value that is not allowed";
    UnknownCa = 48, "GNUTLS_A_UNKNOWN_CA", "Certificate issuer is not trusted";
    AccessDenied = 49, "GNUTLS_A_ACCESS_DENIED", "Access refused";
    DecodeError = 50, "GNUTLS_A_DECODE_ERROR", "Message could not be decoded";
    DecryptError = 51, "GNUTLS_A_DECRYPT_ERROR", "Cryptographic check failed";
    ExportRestriction = 60, "GNUTLS_A_EXPORT_RESTRICTION", "Export-restricted parameters";
    ProtocolVersion = 70, "GNUTLS_A_PROTOCOL_VERSION", "Protocol version not supported";
    InsufficientSecurity = 71, "GNUTLS_A_INSUFFICIENT_SECURITY", "Parameters too weak";
    InternalError = 80, "GNUTLS_A_INTERNAL_ERROR", "Peer hit an internal failure";
    InappropriateFallback = 86, "GNUTLS_A_INAPPROPRIATE_FALLBACK", "Protocol downgrade refused";
    UserCanceled = 90, "GNUTLS_A_USER_CANCELED", "Handshake cancelled by the user";
    NoRenegotiation = 100, "GNUTLS_A_NO_RENEGOTIATION", "Renegotiation refused";
    MissingExtension = 109, "GNUTLS_A_MISSING_EXTENSION", "A required extension is absent";
    UnsupportedExtension = 110, "GNUTLS_A_UNSUPPORTED_EXTENSION", "Extension not permitted here";
    CertificateUnobtainable = 111, "GNUTLS_A_CERTIFICATE_UNOBTAINABLE", "Certificate could not be fetched";
    UnrecognizedName = 112, "GNUTLS_A_UNRECOGNIZED_NAME", "Requested server name is not served";
    UnknownPskIdentity = 115, "GNUTLS_A_UNKNOWN_PSK_IDENTITY", "PSK or SRP identity not known";
    CertificateRequired = 116, "GNUTLS_A_CERTIFICATE_REQUIRED", "A certificate must be sent";
    NoApplicationProtocol = 120, "GNUTLS_A_NO_APPLICATION_PROTOCOL", "No shared application protocol";
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
    }

    #[test]
    fn levels() {
        assert_eq!(AlertLevel::from_u8(1), Some(AlertLevel::Warning));
        assert_eq!(AlertLevel::from_u8(2), Some(AlertLevel::Fatal));
        assert_eq!(AlertLevel::from_u8(0), None);
    }
}
