import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from './paths.ts';

export interface ScriptResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Run one of the project's CLIs (`scripts/*.ts`) as `npm run` would, with extra environment variables, in the
 * project or in a copy of it (`project`, see copyProject).
 */
export function runScript(script: string, args: string[], env: Record<string, string> = {}, project = projectRoot): Promise<ScriptResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(project, script), ...args], { cwd: project, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
