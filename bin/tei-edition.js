#!/usr/bin/env node
// The compiled CLI (lib/, made by `npm run build` or on install). Kept as plain JavaScript
// so the command starts fast without a TypeScript loader.
import { main } from '../lib/cli.js';

process.exitCode = await main(process.argv.slice(2));
