//! rustls errors as GnuTLS error codes.
//!
//! The choices follow the code GnuTLS itself returns for the same condition
//! (a record that fails to decrypt is DECRYPTION_FAILED, a peer alert is
//! FATAL_ALERT_RECEIVED, and so on). Other modules (credentials, callbacks) can
//! carry an exact GnuTLS code through rustls with [`CodeError`].

use std::fmt;
use std::sync::Arc;

use rustls::{CertificateError, Error, InvalidMessage, OtherError, PeerIncompatible, PeerMisbehaved};

use crate::errors::{self, Code};

/// A GnuTLS code wrapped as a `std::error::Error`, so a verifier or resolver
/// can fail a handshake with a precise code via `rustls::Error::Other`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CodeError(pub Code);

impl fmt::Display for CodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "GnuTLS error {}", self.0)
    }
}

impl std::error::Error for CodeError {}

impl CodeError {
    /// `rustls::Error::Other` carrying this code.
    pub fn into_rustls(self) -> Error {
        Error::Other(OtherError(Arc::new(self)))
    }

    /// `rustls::Error::InvalidCertificate(Other(..))` carrying this code (for verifiers).
    pub fn into_cert_error(self) -> Error {
        Error::InvalidCertificate(CertificateError::Other(OtherError(Arc::new(self))))
    }
}

fn carried_code(other: &OtherError) -> Option<Code> {
    other.0.downcast_ref::<CodeError>().map(|c| c.0)
}

/// Maps a rustls error to the GnuTLS code for the same failure.
pub fn code_for(err: &Error) -> Code {
    match err {
        Error::InappropriateMessage { .. } => errors::GNUTLS_E_UNEXPECTED_PACKET,
        Error::InappropriateHandshakeMessage { .. } => errors::GNUTLS_E_UNEXPECTED_HANDSHAKE_PACKET,
        Error::InvalidEncryptedClientHello(_) => errors::GNUTLS_E_RECEIVED_ILLEGAL_EXTENSION,
        Error::InvalidMessage(m) => invalid_message_code(m),
        Error::NoCertificatesPresented => errors::GNUTLS_E_NO_CERTIFICATE_FOUND,
        Error::UnsupportedNameType => errors::GNUTLS_E_RECEIVED_ILLEGAL_EXTENSION,
        Error::DecryptError => errors::GNUTLS_E_DECRYPTION_FAILED,
        Error::EncryptError => errors::GNUTLS_E_ENCRYPTION_FAILED,
        Error::PeerIncompatible(p) => incompatible_code(p),
        Error::PeerMisbehaved(p) => misbehaved_code(p),
        Error::AlertReceived(_) => errors::GNUTLS_E_FATAL_ALERT_RECEIVED,
        Error::InvalidCertificate(c) => certificate_code(c),
        Error::InvalidCertRevocationList(_) => errors::GNUTLS_E_CERTIFICATE_VERIFICATION_ERROR,
        Error::General(_) => errors::GNUTLS_E_INTERNAL_ERROR,
        Error::FailedToGetCurrentTime => errors::GNUTLS_E_INTERNAL_ERROR,
        Error::FailedToGetRandomBytes => errors::GNUTLS_E_RANDOM_FAILED,
        Error::HandshakeNotComplete => errors::GNUTLS_E_UNAVAILABLE_DURING_HANDSHAKE,
        Error::PeerSentOversizedRecord => errors::GNUTLS_E_RECORD_OVERFLOW,
        Error::NoApplicationProtocol => errors::GNUTLS_E_NO_APPLICATION_PROTOCOL,
        Error::BadMaxFragmentSize => errors::GNUTLS_E_INVALID_REQUEST,
        Error::InconsistentKeys(_) => errors::GNUTLS_E_CERTIFICATE_KEY_MISMATCH,
        Error::Other(o) => carried_code(o).unwrap_or(errors::GNUTLS_E_INTERNAL_ERROR),
        _ => errors::GNUTLS_E_INTERNAL_ERROR,
    }
}

fn invalid_message_code(m: &InvalidMessage) -> Code {
    match m {
        InvalidMessage::InvalidContentType => errors::GNUTLS_E_UNEXPECTED_PACKET,
        InvalidMessage::UnknownProtocolVersion => errors::GNUTLS_E_UNSUPPORTED_VERSION_PACKET,
        InvalidMessage::MessageTooLarge => errors::GNUTLS_E_RECORD_OVERFLOW,
        InvalidMessage::HandshakePayloadTooLarge | InvalidMessage::CertificatePayloadTooLarge => {
            errors::GNUTLS_E_HANDSHAKE_TOO_LARGE
        }
        InvalidMessage::UnexpectedMessage(_) => errors::GNUTLS_E_UNEXPECTED_PACKET,
        InvalidMessage::InvalidDhParams => errors::GNUTLS_E_RECEIVED_ILLEGAL_PARAMETER,
        // Length and field decoding failures: GnuTLS's "decoding error" code.
        _ => errors::GNUTLS_E_UNEXPECTED_PACKET_LENGTH,
    }
}

fn incompatible_code(p: &PeerIncompatible) -> Code {
    match p {
        PeerIncompatible::NoCipherSuitesInCommon => errors::GNUTLS_E_NO_CIPHER_SUITES,
        PeerIncompatible::NoKxGroupsInCommon | PeerIncompatible::NamedGroupsExtensionRequired => {
            errors::GNUTLS_E_NO_COMMON_KEY_SHARE
        }
        PeerIncompatible::NoSignatureSchemesInCommon
        | PeerIncompatible::NoCertificateRequestSignatureSchemesInCommon
        | PeerIncompatible::SignatureAlgorithmsExtensionRequired => {
            errors::GNUTLS_E_UNSUPPORTED_SIGNATURE_ALGORITHM
        }
        PeerIncompatible::ServerDoesNotSupportTls12Or13
        | PeerIncompatible::ServerTlsVersionIsDisabledByOurConfig
        | PeerIncompatible::SupportedVersionsExtensionRequired
        | PeerIncompatible::Tls12NotOffered
        | PeerIncompatible::Tls12NotOfferedOrEnabled
        | PeerIncompatible::Tls13RequiredForQuic => errors::GNUTLS_E_UNSUPPORTED_VERSION_PACKET,
        PeerIncompatible::ExtendedMasterSecretExtensionRequired
        | PeerIncompatible::KeyShareExtensionRequired => errors::GNUTLS_E_MISSING_EXTENSION,
        PeerIncompatible::EcPointsExtensionRequired
        | PeerIncompatible::NoEcPointFormatsInCommon
        | PeerIncompatible::UncompressedEcPointsRequired => errors::GNUTLS_E_ECC_UNSUPPORTED_CURVE,
        PeerIncompatible::NullCompressionRequired => errors::GNUTLS_E_NO_COMPRESSION_ALGORITHMS,
        _ => errors::GNUTLS_E_RECEIVED_ILLEGAL_EXTENSION,
    }
}

fn misbehaved_code(p: &PeerMisbehaved) -> Code {
    match p {
        PeerMisbehaved::TooManyEmptyFragments => errors::GNUTLS_E_TOO_MANY_EMPTY_PACKETS,
        PeerMisbehaved::TooManyWarningAlertsReceived => errors::GNUTLS_E_WARNING_ALERT_RECEIVED,
        PeerMisbehaved::TooManyRenegotiationRequests => errors::GNUTLS_E_UNSAFE_RENEGOTIATION_DENIED,
        PeerMisbehaved::IllegalMiddleboxChangeCipherSpec
        | PeerMisbehaved::MessageInterleavedWithHandshakeMessage
        | PeerMisbehaved::KeyEpochWithPendingFragment
        | PeerMisbehaved::RejectedEarlyDataInterleavedWithHandshakeMessage => {
            errors::GNUTLS_E_UNEXPECTED_PACKET
        }
        PeerMisbehaved::IllegalTlsInnerPlaintext => errors::GNUTLS_E_UNEXPECTED_PACKET_LENGTH,
        PeerMisbehaved::AttemptedDowngradeToTls12WhenTls13IsSupported => {
            errors::GNUTLS_E_INAPPROPRIATE_FALLBACK
        }
        PeerMisbehaved::SelectedUnofferedApplicationProtocol => errors::GNUTLS_E_NO_APPLICATION_PROTOCOL,
        PeerMisbehaved::MissingKeyShare
        | PeerMisbehaved::MissingPskModesExtension
        | PeerMisbehaved::MissingBinderInPskExtension => errors::GNUTLS_E_MISSING_EXTENSION,
        PeerMisbehaved::DuplicateClientHelloExtensions
        | PeerMisbehaved::DuplicateEncryptedExtensions
        | PeerMisbehaved::DuplicateServerHelloExtensions
        | PeerMisbehaved::UnsolicitedEncryptedExtension
        | PeerMisbehaved::UnsolicitedServerHelloExtension
        | PeerMisbehaved::UnsolicitedCertExtension
        | PeerMisbehaved::DisallowedEncryptedExtension => errors::GNUTLS_E_RECEIVED_ILLEGAL_EXTENSION,
        PeerMisbehaved::SignedHandshakeWithUnadvertisedSigScheme
        | PeerMisbehaved::SignedKxWithWrongAlgorithm => errors::GNUTLS_E_UNSUPPORTED_SIGNATURE_ALGORITHM,
        _ => errors::GNUTLS_E_RECEIVED_ILLEGAL_PARAMETER,
    }
}

fn certificate_code(c: &CertificateError) -> Code {
    match c {
        CertificateError::BadEncoding => errors::GNUTLS_E_CERTIFICATE_ERROR,
        CertificateError::Expired
        | CertificateError::ExpiredContext { .. }
        | CertificateError::NotValidYet
        | CertificateError::NotValidYetContext { .. } => errors::GNUTLS_E_CERTIFICATE_VERIFICATION_ERROR,
        CertificateError::BadSignature => errors::GNUTLS_E_PK_SIG_VERIFY_FAILED,
        CertificateError::Other(o) => {
            carried_code(o).unwrap_or(errors::GNUTLS_E_CERTIFICATE_VERIFICATION_ERROR)
        }
        _ => errors::GNUTLS_E_CERTIFICATE_VERIFICATION_ERROR,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_failures_have_gnutls_codes() {
        assert_eq!(code_for(&Error::DecryptError), errors::GNUTLS_E_DECRYPTION_FAILED);
        assert_eq!(
            code_for(&Error::AlertReceived(rustls::AlertDescription::HandshakeFailure)),
            errors::GNUTLS_E_FATAL_ALERT_RECEIVED
        );
        assert_eq!(
            code_for(&Error::PeerIncompatible(PeerIncompatible::NoCipherSuitesInCommon)),
            errors::GNUTLS_E_NO_CIPHER_SUITES
        );
        assert_eq!(code_for(&Error::NoApplicationProtocol), errors::GNUTLS_E_NO_APPLICATION_PROTOCOL);
    }

    #[test]
    fn carried_codes_survive_rustls() {
        let e = CodeError(errors::GNUTLS_E_USER_ERROR).into_rustls();
        assert_eq!(code_for(&e), errors::GNUTLS_E_USER_ERROR);
        let e = CodeError(errors::GNUTLS_E_CERTIFICATE_ERROR).into_cert_error();
        assert_eq!(code_for(&e), errors::GNUTLS_E_CERTIFICATE_ERROR);
    }
}
