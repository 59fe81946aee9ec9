// Botpress' `POST /v1/authenticate` answers `expiresIn` as an absolute time in ms since the
// epoch (despite its name); the token cache wants a lifetime. Internal: not a package export.

export function expiresInToSeconds(expiresIn: number, now: number = Date.now()): number {
  return Math.max(0, Math.floor((expiresIn - now) / 1000));
}
