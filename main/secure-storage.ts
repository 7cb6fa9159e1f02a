import { safeStorage } from 'electron';
import type { KeyProtector } from './services/consultations';

/**
 * The drafts' data key, protected by the OS (Keychain, DPAPI, libsecret) via
 * Electron's safeStorage. Must be created after the app is ready. Where the
 * OS offers nothing better than Chromium's fixed "basic" key on Linux, the
 * store still encrypts, and tells the practitioner the key is not protected.
 */
export function osKeyProtector(): KeyProtector {
  if (!safeStorage.isEncryptionAvailable()) {
    return { kind: 'none', isSecure: false, protect: (key) => key, unprotect: (blob) => blob };
  }
  const backend = process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : 'os';
  return {
    kind: 'os',
    isSecure: backend !== 'basic_text' && backend !== 'unknown',
    protect: (key) => safeStorage.encryptString(key.toString('base64')),
    unprotect: (blob) => Buffer.from(safeStorage.decryptString(blob), 'base64'),
  };
}
