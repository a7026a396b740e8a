import type { Config } from "tailwindcss";
import { STATUS_COLORS } from "./components/status-colors";

// Loaded by app/globals.css through `@config`; the status colours become
// `bg-status-running`, `text-status-failed`, … from the one shared mapping.
const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  darkMode: "media",
  theme: {
    extend: {
      colors: {
        status: STATUS_COLORS,
      },
    },
  },
};

export default config;
