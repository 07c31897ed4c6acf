/** Shared by the forms and the server: NIST 800-63B asks for length, not character classes. */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 256;
