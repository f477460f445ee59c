/** Capability sets for tests: a host with everything, and variants built from it. */
import type { OfficeCapabilities } from '../capabilities';

export const ALL_CAPABILITIES: OfficeCapabilities = {
  settings: true,
  conditionalFormats: true,
  freezePanes: true,
  dataValidation: true,
  copyFormats: true,
  mergedAreas: true,
};
