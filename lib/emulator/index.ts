export { startEmulator, type RunningEmulator } from "./start-emulator";
export { emulatorOptionsFromEnv, type EmulatorOptions } from "./options";
