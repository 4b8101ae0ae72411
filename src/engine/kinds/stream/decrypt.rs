//! AES-128 (CBC, PKCS#7 padding) segments, decrypted as HLS says: the whole segment with the
//! playlist's key and IV. A segment is a few megabytes at most, read whole.

use std::path::Path;

use aes::cipher::{BlockDecryptMut, KeyIvInit, block_padding::Pkcs7};

use crate::engine::error::TransferError;
use crate::engine::stream_problem::StreamProblem;

type Decryptor = cbc::Decryptor<aes::Aes128>;

/// Why a segment did not decrypt.
#[derive(Debug)]
pub(super) struct WrongKey;

/// Decrypts `bytes` in place; the plain text's length.
pub(super) fn decrypt(bytes: &mut [u8], key: &[u8; 16], iv: &[u8; 16]) -> Result<usize, WrongKey> {
    Decryptor::new(key.into(), iv.into())
        .decrypt_padded_mut::<Pkcs7>(bytes)
        .map(|plain| plain.len())
        .map_err(|_| WrongKey)
}

/// Decrypts the file at `path` in place; its new size.
pub(super) fn file_in_place(
    path: &Path,
    key: &[u8; 16],
    iv: &[u8; 16],
) -> Result<u64, TransferError> {
    let mut bytes = std::fs::read(path).map_err(|err| TransferError::disk_read(path, err))?;
    let length = decrypt(&mut bytes, key, iv)
        .map_err(|WrongKey| TransferError::Stream(StreamProblem::BadKey))?;
    std::fs::write(path, &bytes[..length]).map_err(|err| TransferError::disk(path, err))?;
    Ok(length as u64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use aes::cipher::BlockEncryptMut;

    #[test]
    fn what_aes_128_encrypted_decrypts_and_a_wrong_key_is_said() {
        let key = [7u8; 16];
        let iv = 3u128.to_be_bytes();
        let plain = b"a transport stream segment, 47 bytes or so....".to_vec();
        let mut buffer = plain.clone();
        buffer.resize(plain.len() + 16, 0);
        let sealed = cbc::Encryptor::<aes::Aes128>::new(&key.into(), &iv.into())
            .encrypt_padded_mut::<Pkcs7>(&mut buffer, plain.len())
            .expect("encrypt")
            .to_vec();
        let mut opened = sealed.clone();
        let length = decrypt(&mut opened, &key, &iv).expect("decrypts");
        assert_eq!(&opened[..length], &plain[..]);
        let mut wrong = sealed;
        assert!(decrypt(&mut wrong, &[8u8; 16], &iv).is_err());
    }
}
