import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { waitFor } from "../server";

// The deployment's reverse proxy (deploy/nginx.conf: public pages micro-cached for 1 s, admin
// passed through) in front of the run's app server, for `npm run load -- --proxy`.

export function startNginx(appPort: number, port: number): { base: string; stop(): void } {
  if (spawnSync("which", ["nginx"]).status !== 0) throw new Error("--proxy needs nginx (Debian: apt-get install -y nginx)");
  const dir = path.resolve(".data/load/nginx");
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const conf = fs
    .readFileSync("deploy/nginx.conf", "utf8")
    .replace(/server 127\.0\.0\.1:3000;/, `server 127.0.0.1:${appPort};`)
    .replace(/listen 8080;/, `listen ${port};`)
    .replace(/\/tmp\/newsroom-nginx/g, `${dir}/nginx`);
  const file = path.join(dir, "nginx.conf");
  fs.writeFileSync(file, conf);
  if (spawnSync("nginx", ["-c", file], { stdio: "inherit" }).status !== 0) throw new Error("nginx did not start");
  return { base: `http://127.0.0.1:${port}`, stop: () => void spawnSync("nginx", ["-c", file, "-s", "stop"], { stdio: "ignore" }) };
}

export { waitFor };
