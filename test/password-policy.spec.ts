import { COMMON_PASSWORDS } from '../src/users/common-passwords';
import { isCommonPassword, MAX_PASSWORD_BYTES, passwordViolations, type PasswordPolicyOptions } from '../src/users/password-policy';

const POLICY: PasswordPolicyOptions = { minLength: 10, minCharacterClasses: 2 };
const GOOD = 'Sturdy-Passphrase-42';

describe('password policy', () => {
  it('accepts a long, varied, uncommon password', () => {
    expect(passwordViolations(GOOD, POLICY, { email: 'alice.liddell@example.com', fullName: 'Alice Liddell' })).toEqual([]);
  });

  it('refuses a password shorter than the minimum', () => {
    expect(passwordViolations('Ab1-xyz', POLICY)).toEqual(['must be at least 10 characters long']);
    expect(passwordViolations('Ab1-xyzuvw', POLICY)).toEqual([]);
  });

  it('counts Unicode code points, not UTF-16 units', () => {
    // Nine emoji are 18 UTF-16 units but nine characters: too short.
    const nineEmoji = '😀'.repeat(9);
    expect(nineEmoji.length).toBe(18);
    expect(passwordViolations(nineEmoji, { minLength: 10, minCharacterClasses: 1 })).toEqual(['must be at least 10 characters long']);
    expect(passwordViolations('😀'.repeat(10), { minLength: 10, minCharacterClasses: 1 })).toEqual([]);
    expect(passwordViolations('Grüße-aus-Köln', POLICY)).toEqual([]);
  });

  it('refuses more than 72 UTF-8 bytes, which bcrypt would silently truncate', () => {
    expect(passwordViolations('Aa1-'.repeat(18), POLICY)).toEqual([]); // exactly 72 bytes
    expect(passwordViolations('Aa1-'.repeat(18) + 'x', POLICY)).toEqual(['must be at most 72 bytes (UTF-8)']);
    // 19 emoji: 19 characters but 76 bytes.
    expect(passwordViolations('😀'.repeat(19), { minLength: 10, minCharacterClasses: 1 })).toEqual([
      `must be at most ${MAX_PASSWORD_BYTES} bytes (UTF-8)`,
    ]);
  });

  it('requires the configured number of character classes', () => {
    const message = 'must contain at least 2 of: lower-case letters, upper-case letters, digits, symbols';
    expect(passwordViolations('onlylowercaseletters', POLICY)).toEqual([message]);
    expect(passwordViolations('lowercaseand7', POLICY)).toEqual([]);
    expect(passwordViolations('lowercase and space', POLICY)).toEqual([]);
    const four = { minLength: 10, minCharacterClasses: 4 };
    expect(passwordViolations('Lower&Upper-only', four)).toEqual([
      'must contain at least 4 of: lower-case letters, upper-case letters, digits, symbols',
    ]);
    expect(passwordViolations('Lower&Upper-4', four)).toEqual([]);
    // Non-ASCII letters count as letters of their case.
    expect(passwordViolations('ÉCOLEÉCOLEé', POLICY)).toEqual([]);
  });

  describe('email', () => {
    const email = 'Alice.Liddell@Example.com';
    const message = 'must not be the same as or contain the email address';

    it('refuses the email address itself, in any case', () => {
      expect(passwordViolations('alice.liddell@example.com', POLICY, { email })).toContain(message);
    });

    it('refuses the local part, and passwords containing it', () => {
      expect(passwordViolations('ALICE.LIDDELL', POLICY, { email })).toContain(message);
      expect(passwordViolations('Alice.Liddell-2024', POLICY, { email })).toContain(message);
    });

    it('ignores a short local part inside a longer password, but not equal to it', () => {
      expect(passwordViolations('Bobsleigh-Team-7', POLICY, { email: 'bob@example.com' })).toEqual([]);
      expect(passwordViolations('bob', { minLength: 1, minCharacterClasses: 1 }, { email: 'bob@example.com' })).toEqual([message]);
    });

    it('is skipped without an email', () => {
      expect(passwordViolations(GOOD, POLICY, { email: null })).toEqual([]);
      expect(passwordViolations(GOOD, POLICY, {})).toEqual([]);
    });
  });

  it('refuses the full name', () => {
    expect(passwordViolations('Alice Liddell!', POLICY, { fullName: 'alice liddell!' })).toEqual(['must not be the same as your name']);
    expect(passwordViolations('Alice Liddell', POLICY, { fullName: 'Alice Liddell' })).toContain('must not be the same as your name');
  });

  describe('common passwords', () => {
    const message = 'is too common: choose a less guessable password';

    it('ships a list of at least 500 distinct entries with the well-known ones', () => {
      const distinct = new Set(COMMON_PASSWORDS.map((entry) => entry.toLowerCase()));
      expect(distinct.size).toBeGreaterThanOrEqual(500);
      expect(distinct.size).toBe(COMMON_PASSWORDS.length);
      for (const known of ['123456', 'password', 'qwerty', '111111', 'iloveyou', 'password1', 'letmein', 'welcome1', 'admin123', 'qwerty123']) {
        expect(isCommonPassword(known)).toBe(true);
      }
    });

    it('refuses common passwords that satisfy every other rule', () => {
      expect(passwordViolations('Password123!', POLICY)).toEqual([message]);
      expect(passwordViolations('qwertyuiop123', POLICY)).toEqual([message]);
      expect(passwordViolations('P@ssw0rd', { minLength: 8, minCharacterClasses: 4 })).toEqual([message]);
    });

    it('matches case-insensitively', () => {
      expect(isCommonPassword('PASSWORD')).toBe(true);
      expect(isCommonPassword('iLoVeYoU')).toBe(true);
      expect(isCommonPassword('p@SSW0RD')).toBe(true);
      expect(isCommonPassword(GOOD)).toBe(false);
    });
  });

  it('reports every rule broken at once', () => {
    expect(passwordViolations('qwerty', POLICY)).toEqual([
      'must be at least 10 characters long',
      'must contain at least 2 of: lower-case letters, upper-case letters, digits, symbols',
      'is too common: choose a less guessable password',
    ]);
  });
});
