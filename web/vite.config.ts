import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// `base: "./"`: the built page works from any path (a static host's folder, an IPFS gateway's
// /ipfs/<cid>/), with the deployment file beside it.
export default defineConfig({
  base: "./",
  plugins: [react()],
  build: { target: "es2022", outDir: "dist", emptyOutDir: true },
});
