#include "pdf.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <numeric>

namespace lectern::reports {
namespace {

constexpr int resolution = 144;     // dots per inch of the page's coordinates
constexpr double cellPadding = 6.0; // dots, around each cell's text
constexpr double blockSpacing = 18.0;
constexpr int textFlags = Qt::TextWordWrap | Qt::TextWrapAnywhere | Qt::AlignLeft | Qt::AlignTop;

enum class Style { Title, Subtitle, Heading, HeaderCell, Cell, ShadedCell, Footer };

QFont fontFor(Style style) {
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans")});
    // No ligatures in Latin text: "fi" stays two letters, so the PDF's text searches and
    // copies as it reads.
    font.setStyleStrategy(QFont::PreferNoShaping);
    switch (style) {
    case Style::Title:
        font.setPointSizeF(16);
        font.setBold(true);
        break;
    case Style::Heading:
        font.setPointSizeF(11);
        font.setBold(true);
        break;
    case Style::HeaderCell:
        font.setPointSizeF(7.5);
        font.setBold(true);
        break;
    case Style::Subtitle:
        font.setPointSizeF(10);
        break;
    case Style::Cell:
    case Style::ShadedCell:
    case Style::Footer:
        font.setPointSizeF(7.5);
        break;
    }
    return font;
}

// Something to paint: text in a box, in a style.
struct Item {
    QRectF box;
    QString text;
    Style style;
};
using Page = QList<Item>;

// Places blocks top to bottom, starting a page when one does not fit.
class Layout {
public:
    explicit Layout(QPdfWriter& writer)
        : m_writer(writer)
        , m_area(writer.pageLayout().paintRectPixels(resolution)) {
        m_area.moveTo(0, 0);
        // The footer's line stays free on every page.
        m_bottom = m_area.bottom() - lineHeight(Style::Footer) - blockSpacing;
        m_pages.append(Page{});
    }

    double width() const { return m_area.width(); }

    double textHeight(const QString& text, Style style, double width) const {
        const QFontMetricsF metrics(fontFor(style), &m_writer);
        return metrics.boundingRect(QRectF(0, 0, width, 1e6), textFlags, text).height();
    }
    double lineHeight(Style style) const {
        return QFontMetricsF(fontFor(style), &m_writer).height();
    }
    double naturalWidth(const QString& text, Style style) const {
        return QFontMetricsF(fontFor(style), &m_writer).horizontalAdvance(text);
    }

    // Whether `height` more fits on this page; if not, a new page is begun.
    void reserve(double height) {
        if (m_y + height > m_bottom && m_y > 0.0) {
            m_pages.append(Page{});
            m_y = 0.0;
        }
    }
    bool atTopOfPage() const { return m_y == 0.0; }

    void addText(const QString& text, Style style, double spaceAfter) {
        const double height = textHeight(text, style, width());
        reserve(height);
        m_pages.last().append({QRectF(0, m_y, width(), height), text, style});
        m_y += height + spaceAfter;
    }

    // One row of cells at the given widths; the row is as tall as its tallest cell.
    void addRow(const QStringList& cells, const QList<double>& widths, Style style) {
        m_pages.last().append(rowItems(cells, widths, style, m_y));
        m_y += rowHeight(cells, widths, style);
    }
    double rowHeight(const QStringList& cells, const QList<double>& widths, Style style) const {
        double height = lineHeight(style);
        for (int i = 0; i < widths.size(); ++i)
            height =
                std::max(height, textHeight(cells.value(i), style, widths.at(i) - 2 * cellPadding));
        return height + 2 * cellPadding;
    }
    void addSpace(double height) { m_y += height; }

    QList<Page> pages() const { return m_pages; }
    QRectF area() const { return m_area; }

private:
    QList<Item> rowItems(const QStringList& cells, const QList<double>& widths, Style style,
                         double y) const {
        const double height = rowHeight(cells, widths, style);
        QList<Item> items;
        double x = 0.0;
        for (int i = 0; i < widths.size(); ++i) {
            items.append({QRectF(x, y, widths.at(i), height), cells.value(i), style});
            x += widths.at(i);
        }
        return items;
    }

    QPdfWriter& m_writer;
    QRectF m_area;
    double m_bottom = 0.0;
    double m_y = 0.0;
    QList<Page> m_pages;
};

// Column widths that fill the page: each column's natural width (its widest cell, its header
// at least one word wide), scaled to the page, long columns giving way first.
QList<double> columnWidths(const Layout& layout, const PdfTable& table) {
    const int columns = static_cast<int>(table.header.size());
    QList<double> natural(columns, 0.0);
    QList<double> minimum(columns, 0.0);
    for (int c = 0; c < columns; ++c) {
        for (const QString& word : table.header.at(c).split(QLatin1Char(' ')))
            minimum[c] = std::max(minimum[c], layout.naturalWidth(word, Style::HeaderCell));
        natural[c] = layout.naturalWidth(table.header.at(c), Style::HeaderCell);
        for (const QStringList& row : table.rows)
            natural[c] = std::max(natural[c], layout.naturalWidth(row.value(c), Style::Cell));
        minimum[c] += 2 * cellPadding + 1;
        natural[c] = std::max(natural[c] + 2 * cellPadding + 1, minimum[c]);
    }
    const double available = layout.width();
    const double total = std::accumulate(natural.begin(), natural.end(), 0.0);
    if (total <= available) {
        const double extra = (available - total) / std::max(columns, 1);
        for (double& width : natural)
            width += extra;
        return natural;
    }
    // Too wide: cap every column at a common width, raised until the page is filled.
    double low = 0.0;
    double high = *std::ranges::max_element(natural);
    for (int step = 0; step < 40; ++step) {
        const double cap = (low + high) / 2;
        double sum = 0.0;
        for (int c = 0; c < columns; ++c)
            sum += std::max(minimum[c], std::min(natural[c], cap));
        (sum > available ? high : low) = cap;
    }
    QList<double> widths;
    for (int c = 0; c < columns; ++c)
        widths << std::max(minimum[c], std::min(natural[c], low));
    return widths;
}

void layOutTable(Layout& layout, const PdfTable& table) {
    const QList<double> widths = columnWidths(layout, table);
    const double headerHeight = layout.rowHeight(table.header, widths, Style::HeaderCell);
    const auto startPage = [&] { layout.addRow(table.header, widths, Style::HeaderCell); };
    // A heading stays with the header and the first row.
    double firstBlock = headerHeight;
    if (!table.rows.isEmpty())
        firstBlock += layout.rowHeight(table.rows.first(), widths, Style::Cell);
    if (!table.heading.isEmpty())
        firstBlock += layout.textHeight(table.heading, Style::Heading, layout.width()) + 6;
    layout.reserve(firstBlock);
    if (!table.heading.isEmpty())
        layout.addText(table.heading, Style::Heading, 6);
    startPage();
    for (int r = 0; r < table.rows.size(); ++r) {
        const QStringList& row = table.rows.at(r);
        layout.reserve(layout.rowHeight(row, widths, Style::Cell));
        if (layout.atTopOfPage())
            startPage();
        layout.addRow(row, widths, r % 2 ? Style::ShadedCell : Style::Cell);
    }
    layout.addSpace(blockSpacing);
}

void paintItem(QPainter& painter, const Item& item) {
    const bool cell = item.style == Style::Cell || item.style == Style::ShadedCell ||
                      item.style == Style::HeaderCell;
    if (cell) {
        const QColor fill = item.style == Style::HeaderCell   ? QColor(0xdd, 0xe3, 0xea)
                            : item.style == Style::ShadedCell ? QColor(0xf4, 0xf6, 0xf8)
                                                              : QColor(Qt::white);
        painter.fillRect(item.box, fill);
        painter.setPen(QPen(QColor(0xb8, 0xc0, 0xc8), 0.5));
        painter.drawRect(item.box);
    }
    painter.setPen(item.style == Style::Subtitle || item.style == Style::Footer
                       ? QColor(0x55, 0x5f, 0x6a)
                       : QColor(Qt::black));
    painter.setFont(fontFor(item.style));
    const QRectF textBox =
        cell ? item.box.adjusted(cellPadding, cellPadding, -cellPadding, -cellPadding) : item.box;
    painter.drawText(textBox, textFlags, item.text);
}

} // namespace

Status writePdf(const QString& path, const PdfDocument& document) {
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return std::unexpected(
            Error::storage(QStringLiteral("PDF needs fonts, which need a QGuiApplication")));
    // Through QSaveFile: a write that fails (a full disk) shows at commit(), and the file at
    // `path` is replaced only by a whole document.
    QSaveFile file(path);
    const auto failed = [&path, &file] {
        return std::unexpected(
            Error::storage(QStringLiteral("Cannot write %1: %2").arg(path, file.errorString())));
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    {
        QPdfWriter writer(&file);
        writer.setResolution(resolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                         QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter));
        writer.setTitle(document.title);
        writer.setCreator(QStringLiteral("Lectern"));

        Layout layout(writer);
        layout.addText(document.title, Style::Title, 4);
        if (!document.subtitle.isEmpty())
            layout.addText(document.subtitle, Style::Subtitle, blockSpacing);
        for (const PdfTable& table : document.tables)
            layOutTable(layout, table);

        QPainter painter;
        if (!painter.begin(&writer))
            return failed();
        const QList<Page> pages = layout.pages();
        const QRectF area = layout.area();
        const double footerHeight = layout.lineHeight(Style::Footer);
        const QRectF footer(0, area.bottom() - footerHeight, area.width(), footerHeight);
        for (int p = 0; p < pages.size(); ++p) {
            if (p > 0)
                writer.newPage();
            for (const Item& item : pages.at(p))
                paintItem(painter, item);
            paintItem(painter, {footer, document.title, Style::Footer});
            painter.setFont(fontFor(Style::Footer));
            painter.drawText(footer, Qt::AlignRight | Qt::AlignTop,
                             QStringLiteral("Page %1 of %2").arg(p + 1).arg(pages.size()));
        }
        if (!painter.end())
            return failed();
    }
    if (!file.commit())
        return failed();
    return {};
}

} // namespace lectern::reports
