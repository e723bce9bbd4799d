// Ambient types for Svelte components and Vite's client (import.meta.env, ?url imports).
/// <reference types="svelte" />
/// <reference types="vite/client" />
