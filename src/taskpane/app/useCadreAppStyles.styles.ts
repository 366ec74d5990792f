import { makeStyles, tabClassNames, tokens } from '@fluentui/react-components';

/** the Tab's hidden copy of its label in bold, which reserves the selected tab's width */
const RESERVED_SPACE = `${tabClassNames.content}--reserved-space`;

/**
 * the labels of the compact tabs: 11 px (a step under Fluent's small 12 px, which has no token) and
 * no padding of their own, so that six tabs fit one line 304 px wide
 */
const compactLabel = {
  fontSize: '11px',
  lineHeight: tokens.lineHeightBase200,
  paddingLeft: 0,
  paddingRight: 0,
};

/**
 * The views' styles. The six tabs must stay on one line in Excel's 320 px task pane (about 270 px
 * inside its padding, with a scrollbar): as Fluent's small TabList five of them needed about 330 px
 * and left "Refresh" alone on a second line. So they are compact: no wrapping, 11 px labels without
 * padding of their own, 2 px of padding each side of a tab, and they share the row, the spare width
 * spread among them (about 260 px in all; measured in Chromium, `test/e2e/preview.test.ts`).
 */
export const useCadreAppStyles = makeStyles({
  app: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  tabs: { flexWrap: 'nowrap', columnGap: 0, minWidth: 0 },
  tab: {
    flexGrow: 1,
    minWidth: 0,
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXXS,
    [`& .${tabClassNames.content}`]: compactLabel,
    [`& .${RESERVED_SPACE}`]: compactLabel,
  },
});

export type CadreAppClasses = ReturnType<typeof useCadreAppStyles>;
