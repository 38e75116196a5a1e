import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ["node_modules/**", ".next/**", ".data/**", "lib/generated/**", "next-env.d.ts", "screenshots/**", "test-results/**", "playwright-report/**"],
  },
  {
    rules: {
      // Pages and scripts reach the database only through lib/ (DESIGN.md: one way in).
      "no-restricted-imports": ["error", { paths: [{ name: "@/lib/generated/prisma/client", message: "Use lib/ functions; only lib/ talks to Prisma." }] }],
    },
  },
  {
    files: ["lib/**", "tests/**", "scripts/**", "bench/**"],
    rules: { "no-restricted-imports": "off" },
  },
];

export default config;
