package org.hallkiosk.aids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import org.hallkiosk.config.ReadAloudSetting;
import org.hallkiosk.content.Item;
import org.hallkiosk.i18n.Messages;
import org.junit.jupiter.api.Test;

/** Each aid is hidden, and the staff panel says why, when what it needs is absent. */
class AidsAvailabilityTest extends WithSampleMirror {


    /** The printers of a machine that has none. */
    static final Printing NO_PRINTER = new Printing(() -> null, () -> new PrintService[0]);

    @Test
    void withEspeakAndNoPrinterTheGuideShowsReadAloudQrAndPreviewButNoPrint() {
        AidsAvailability aids = AidsAvailability.check(new EspeakSpeech(), NO_PRINTER);
        Item guide = sample.item("bszn-ydz-sl");

        AidsAvailability.ItemAids shown = aids.forItem(guide);
        assertThat(shown.readAloud()).isTrue();
        assertThat(shown.qrCode()).isTrue();
        assertThat(shown.printPreview()).isTrue();
        assertThat(shown.print()).isFalse();
        assertThat(aids.printer().reasonKey()).isEqualTo("aids.print.noPrinter");
    }

    @Test
    void aMissingSpeechProgramHidesReadAloudAndTheStaffPanelSaysWhy() {
        Speech speech = new EspeakSpeech(sampleDir.resolve("espeak-ng-gone").toString(), EspeakSpeech.MANDARIN);
        AidsAvailability aids = AidsAvailability.check(speech, NO_PRINTER);

        assertThat(aids.forItem(sample.item("zcwj-2024-00131")).readAloud()).isFalse();
        var panel = aids.staffPanel();
        assertThat(panel).extracting(AidsAvailability.AidState::nameKey)
                .containsExactly("aids.name.speech", "aids.name.print", "aids.name.qr", "aids.name.attachments");
        assertThat(panel.get(0).availability().isWorking()).isFalse();
        assertThat(panel.get(0).availability().reason()).contains("espeak-ng-gone");
        assertThat(panel.get(1).availability().reason()).isEqualTo(Messages.get("aids.print.noPrinter"));
        assertThat(panel.get(2).availability().isWorking()).isTrue();
    }

    @Test
    void readAloudTurnedOffInConfigIsHiddenWithThatReason() {
        Speech none = SpeechEngines.choose(ReadAloudSetting.NONE);
        AidsAvailability aids = AidsAvailability.check(none, NO_PRINTER);
        assertThat(aids.forItem(sample.item("bszn-ydz-sl")).readAloud()).isFalse();
        assertThat(aids.speech().reason()).contains("read_aloud: none");
    }

    @Test
    void anItemWithoutUrlShowsNoQrAndANoticeNoPrint() {
        AidsAvailability aids = AidsAvailability.check(new EspeakSpeech(), NO_PRINTER);
        Item notice = sample.item("tzgg-2023-xqxs");
        assertThat(notice.url()).isNull();
        AidsAvailability.ItemAids shown = aids.forItem(notice);
        assertThat(shown.qrCode()).isFalse();
        assertThat(shown.printPreview()).isFalse();
        assertThat(shown.print()).isFalse();

        // a guide without url still prints, without a code on its page
        Item guide = sample.item("bszn-sjjs-jyzx");
        assertThat(aids.forItem(guide).qrCode()).isFalse();
        PrintPage page = PrintLayouts.guide(guide).pages().get(0);
        assertThat(page.textRuns()).extracting(PrintPage.TextRun::text).doesNotContain(Messages.get("print.scan"));
    }

    @Test
    void thisMachinesPrintersAreReportedAsTheSystemSeesThem() {
        Printing real = new Printing();
        boolean systemHasOne = PrintServiceLookup.lookupDefaultPrintService() != null
                || PrintServiceLookup.lookupPrintServices(null, null).length > 0;
        assertThat(real.printer().isPresent()).isEqualTo(systemHasOne);
        if (!systemHasOne) {
            assertThat(real.availability().reasonKey()).isEqualTo("aids.print.noPrinter");
            assertThatThrownBy(() -> real.print(PrintLayouts.guide(sample.item("bszn-ydz-sl"))))
                    .isInstanceOf(AidException.class).hasMessage(Messages.get("aids.print.noPrinter"));
        }
    }

    @Test
    void availabilityReasonsReadInBothLanguages() {
        Availability a = Availability.absent("aids.speech.notInstalled", "espeak-ng", "/usr/bin/espeak-ng");
        assertThat(Messages.format(Messages.CHINESE, a.reasonKey(), a.reasonArgs().toArray())).contains("本机没有安装");
        assertThat(Messages.format(Locale.ENGLISH, a.reasonKey(), a.reasonArgs().toArray()))
                .contains("is not installed");
        assertThat(Availability.works().reason()).isEmpty();
    }
}
