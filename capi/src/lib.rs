pub use rgnutls;
