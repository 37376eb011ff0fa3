// The style tables live in lib/map/style.ts, shared with the picture exports (lib/export/scene); the app's
// components keep importing them from here.
export * from '../../../lib/map/style';
