/// <reference types="vitest/config" />
import type { Plugin, UserConfig } from 'vite';

/**
 * The Vite and vitest configuration both apps share (Vue plugin, compile-time flags, the `/api` proxy
 * of `vite dev` and `vite preview`, build target and source maps, happy-dom tests), merged with the
 * app's own: `base`, `server.port`, aliases, inputs and whatever else differs.
 */
export declare function webAppConfig(own: UserConfig): UserConfig;
export declare function precompiledMessages(include: RegExp): Plugin;
