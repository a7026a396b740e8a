// Where the e2e suite's servers listen: `npm start` on CONSOLE_PORT with its emulator on EMULATOR_PORT.
export const CONSOLE_PORT = 3100;
export const EMULATOR_PORT = 4110;
export const CONSOLE_URL = `http://127.0.0.1:${CONSOLE_PORT}`;
export const EMULATOR_URL = `http://127.0.0.1:${EMULATOR_PORT}`;
