// Shared by the forms and the server: every password (setup, invitation, change, the env owner) meets these.
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;
