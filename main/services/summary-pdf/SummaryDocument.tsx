/** @jsxRuntime automatic */
// (tsx, used by the bench and scripts, reads the root tsconfig, which sets no JSX mode.)
import type { SummaryModel } from '../../../shared/summary/model';
import { AboutTreatmentPage } from './AboutTreatmentPage';
import { AftercarePage } from './AftercarePage';
import { AreasPage } from './AreasPage';
import { ClosingPage } from './ClosingPage';
import { DrawnSlidesPage } from './DrawnSlidesPage';
import { SummaryContextProvider, type Style } from './context';
import { OverviewPage } from './OverviewPage';
import { PageFooter } from './PageFooter';
import type { PageNumbering } from './page-numbering';
import { Document, Page, View } from './primitives';
import { summarySections, type SummarySection } from './sections';
import { INK, LINE_HEIGHT, MARGIN, SIZE, theme as makeTheme } from './theme';

export interface SummaryDocumentProps {
  /** The model, already made printable for the font. */
  model: SummaryModel;
  family: string;
  printable: (text: string) => string;
  numbering: PageNumbering;
  /** The drawn slides were printed by the app: their pages leave the frames for main to fill. */
  slidesPrinted: boolean;
}

function SectionContent({ section, model, slidesPrinted }: { section: SummarySection; model: SummaryModel; slidesPrinted: boolean }) {
  switch (section.kind) {
    case 'overview':
      return <OverviewPage model={model} />;
    case 'areas':
      return <AreasPage model={model} />;
    case 'drawnSlides':
      return <DrawnSlidesPage slides={model.drawnSlides ?? []} index={section.index} page={section.page} printed={slidesPrinted} />;
    case 'treatment':
      return <AboutTreatmentPage treatment={section.treatment} clinic={model.clinic} />;
    case 'aftercare':
      return <AftercarePage treatment={section.treatment} clinic={model.clinic} />;
    case 'closing':
      return <ClosingPage model={model} />;
  }
}

export function SummaryDocument({ model, family, printable, numbering, slidesPrinted }: SummaryDocumentProps) {
  const theme = makeTheme(family, model.clinic.palette);
  const { metadata } = model;
  const pageStyle: Style = {
    fontFamily: family,
    fontSize: SIZE.body,
    color: INK,
    paddingTop: MARGIN.top,
    paddingBottom: MARGIN.bottom,
    paddingHorizontal: MARGIN.x,
  };
  return (
    <SummaryContextProvider value={{ theme, printable }}>
      <Document {...metadata} pageMode="useNone">
        {summarySections(model).map((section, index) => (
          <Page key={sectionKey(section)} size={model.paperSize} style={pageStyle}>
            <PageFooter model={model} numbering={numbering} sectionIndex={index} />
            {/* Line height is set here, not on the page: react-pdf resolves a
                unitless line height again each time it re-lays out a page for
                its page numbers, and the footer would grow off the page. */}
            <View style={{ fontSize: SIZE.body, lineHeight: LINE_HEIGHT }}>
              <SectionContent section={section} model={model} slidesPrinted={slidesPrinted} />
            </View>
          </Page>
        ))}
      </Document>
    </SummaryContextProvider>
  );
}

function sectionKey(section: SummarySection): string {
  if (section.kind === 'treatment' || section.kind === 'aftercare') return `${section.kind}-${section.treatment.id}`;
  if (section.kind === 'drawnSlides') return `${section.kind}-${section.index}`;
  return section.kind;
}
