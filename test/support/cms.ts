import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { cleanEnv, testFileProject } from './build-site.ts';

/**
 * `npm run cms` on `content` (a copy of the sample's), as an editor starts it, in the test file's copy of the
 * project (its dev server's state stays there); resolves with the process and the address it prints.
 */
export async function startCms(content: string, cacheDir: string): Promise<{ cms: ChildProcess; adminUrl: string }> {
  const project = await testFileProject();
  const cms = spawn(process.execPath, [join(project, 'scripts/cms.ts')], {
    cwd: project,
    env: { ...cleanEnv(), BANTIN_CONTENT: content, BANTIN_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const adminUrl = await new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk;
      const match = /Trang biên tập: (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]!);
    };
    cms.stdout!.on('data', read);
    cms.stderr!.on('data', read);
    cms.once('exit', (code) => reject(new Error(`npm run cms exited with ${code}:\n${output}`)));
  });
  return { cms, adminUrl };
}
