export { startEmulator, type RunningEmulator } from "./start-emulator";
export { emulatorOptionsFromEnv, DEFAULT_EMULATOR_OPTIONS, type EmulatorOptions } from "./options";
