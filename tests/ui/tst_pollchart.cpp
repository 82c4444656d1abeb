#include "polls/pollchart.h"

#include <QImage>
#include <QTest>

using namespace lectern;
using lectern::ui::PollChart;

namespace {
PollResults results(QList<std::pair<QString, qint64>> counts) {
    PollResults r;
    for (const auto& [text, votes] : counts)
        r.totalVotes += votes;
    Id id = 1;
    for (const auto& [text, votes] : counts)
        r.options << PollResults::Option{id++, text, votes,
                                         r.totalVotes ? 100.0 * votes / r.totalVotes : 0.0};
    return r;
}

// Whether the pixel at `fraction` of the bar's track in row `row` is filled (blue-ish).
bool filledAt(const QImage& image, const PollChart& chart, int row, double fraction) {
    const int rowHeight = chart.fontMetrics().height() * 2 + 6;
    const int y = 12 + row * (rowHeight + 10) + chart.fontMetrics().height() + 4 +
                  chart.fontMetrics().height() / 2;
    const int labelRoom = chart.fontMetrics().horizontalAdvance(QStringLiteral("3 · 75.0 %")) + 8;
    const int x = 12 + int((chart.width() - 24 - labelRoom) * fraction);
    const QColor pixel = image.pixelColor(x, y);
    return pixel.blue() > 150 && pixel.red() < 100;
}
} // namespace

// The bars are as long as each option's share.
class TestPollChart : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void barsAreProportionalToTheShares() {
        PollChart chart;
        chart.resize(600, 200);
        chart.setResults(results({{QStringLiteral("Yes"), 3}, {QStringLiteral("No"), 1}}));
        const QImage image = chart.grab().toImage();
        QVERIFY(filledAt(image, chart, 0, 0.70)); // 75 %
        QVERIFY(!filledAt(image, chart, 0, 0.80));
        QVERIFY(filledAt(image, chart, 1, 0.20)); // 25 %
        QVERIFY(!filledAt(image, chart, 1, 0.30));
        QCOMPARE(PollChart::barLabel(chart.results().options.at(0)), QStringLiteral("3 · 75.0 %"));
    }

    void hiddenResultsDrawNoBars() {
        PollChart chart;
        chart.resize(600, 200);
        PollResults hidden = results({{QStringLiteral("Yes"), 0}, {QStringLiteral("No"), 0}});
        hidden.hidden = true;
        chart.setResults(hidden);
        const QImage image = chart.grab().toImage();
        QVERIFY(!filledAt(image, chart, 0, 0.05));
    }
};

QTEST_MAIN(TestPollChart)
#include "tst_pollchart.moc"
