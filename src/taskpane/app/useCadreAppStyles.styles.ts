import { makeStyles, tabClassNames, tokens } from '@fluentui/react-components';

/** the Tab's hidden copy of its label in bold, which reserves the selected tab's width */
const RESERVED_SPACE = `${tabClassNames.content}--reserved-space`;

/** the labels of the compact tabs: Fluent's small size (12 px, as a small Button's) */
const compactLabel = {
  fontSize: tokens.fontSizeBase200,
  lineHeight: tokens.lineHeightBase200,
};

/**
 * The views' styles. The five tabs must stay on one line in Excel's 320 px task pane (about 270 px
 * inside its padding, with a scrollbar): as Fluent's small TabList they need about 330 px and left
 * "Refresh" alone on a second line. So they are compact: no wrapping, 12 px labels, 2 px of padding
 * each side, and they share the row, the spare width spread among them (about 255 px in all).
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
