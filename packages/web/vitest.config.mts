import { defineConfig } from 'vite';
import { webAppConfig } from './src/vite.js';

// The apps' own setup (Vue SFCs, compile-time flags, happy-dom), so components are tested as they are built.
export default defineConfig(webAppConfig({}));
