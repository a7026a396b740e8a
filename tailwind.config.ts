import type { Config } from "tailwindcss";

// Loaded by app/globals.css through `@config`. Colours, including the status colours, are design
// tokens in app/globals.css (@theme); this file only pins how dark mode is chosen.
const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  darkMode: "media",
};

export default config;
