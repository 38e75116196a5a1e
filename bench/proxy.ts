import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { measure, type LoadResult } from "./load";
import { waitFor } from "./server";

const PROXY_PORT = 8088;

/** The deploy/nginx.conf recipe, pointed at the benchmark server, plus nginx's static-file control. */
export async function proxyRun(appPort: number, storyPath: string, connections: number, duration: number, log: (m: string) => void) {
  if (spawnSync("which", ["nginx"]).status !== 0) {
    log("nginx is not installed: skipping --proxy (Debian: apt-get install -y nginx)");
    return null;
  }
  const dir = path.resolve(".data/bench-nginx");
  fs.mkdirSync(dir, { recursive: true });
  const html = await (await fetch(`http://127.0.0.1:${appPort}${storyPath}`)).text();
  fs.writeFileSync(path.join(dir, "static.html"), html);
  const conf = fs
    .readFileSync("deploy/nginx.conf", "utf8")
    .replace(/server 127\.0\.0\.1:3000;/, `server 127.0.0.1:${appPort};`)
    .replace(/listen 8080;/, `listen ${PROXY_PORT};\n    location = /static-control { alias ${dir}/static.html; default_type text/html; }`)
    .replace(/\/tmp\/newsroom-nginx/g, `${dir}/nginx`);
  const confFile = path.join(dir, "nginx.conf");
  fs.writeFileSync(confFile, conf);
  spawnSync("nginx", ["-c", confFile, "-s", "stop"], { stdio: "ignore" });
  const started = spawnSync("nginx", ["-c", confFile], { stdio: "inherit" });
  if (started.status !== 0) throw new Error("nginx did not start");
  const base = `http://127.0.0.1:${PROXY_PORT}`;
  try {
    await waitFor(`${base}/static-control`);
    const results: LoadResult[] = [];
    for (const [name, p] of [
      ["control: nginx static file", "/static-control"],
      ["story page via proxy", storyPath],
      ["home feed via proxy", "/"],
    ] as const) {
      log(`load via nginx: ${name}`);
      results.push(await measure(name, base, p, connections, duration));
      // A proxy that is not caching looks like a slow app: say what nginx did with this page.
      const after = await fetch(base + p);
      log(`  then: X-Cache ${after.headers.get("x-cache") ?? "-"}, Cache-Control ${after.headers.get("cache-control") ?? "-"}`);
    }
    return { results };
  } finally {
    spawnSync("nginx", ["-c", confFile, "-s", "stop"], { stdio: "ignore" });
  }
}
