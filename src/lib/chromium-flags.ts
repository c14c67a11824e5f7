/** Debian's Chromium (`apt-get install chromium`), or the one CHROMIUM_PATH names. */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Headless, with what this machine's closed network needs: no sandbox (root), no GPU, no QUIC, no calls home. */
export const HEADLESS_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * The features playwright-core 1.65.1 disables (its `--disable-features`). Chromium reads only
 * the last `--disable-features` it is given, so a launch that disables more must repeat these;
 * tests/unit/chromium-flags.test.ts checks that Playwright still passes no other.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * Browser interface that headless Chromium (Debian's 156) builds in every window although no one
 * sees it: the address bar's two popups, each a WebUI page in a renderer of its own. They cost
 * 2.5 core-seconds at each launch and 2 at each new browser context on this machine, more than
 * the pages a test opens there.
 */
export const UNSEEN_UI_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/** Flags for Chromium driven by Playwright (tests, the bench's searches): headless, without the unseen interface. */
export const PLAYWRIGHT_CHROMIUM_FLAGS = [...HEADLESS_FLAGS, `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...UNSEEN_UI_FEATURES].join(',')}`];
