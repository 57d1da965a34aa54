/**
 * The first module main.tsx imports: ES modules run in import order, so the API client is made and the
 * boot calls (boot-calls.ts) go out before react-dom and the views are evaluated, and the server answers
 * while they are (~100 ms earlier than from main.tsx's own body, which runs last).
 */
import { ApiClient } from './api-client.js';
import { startBoot } from './boot-calls.js';

export const client = new ApiClient();
startBoot(client);
