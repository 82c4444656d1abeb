#pragma once

#include "domain/polldraft.h"

#include <QWidget>

namespace lectern::ui {

// A poll's results as horizontal bars, one per option in the poll's order: the option's text,
// a bar as long as its share, and its count and percentage. Painted here (no chart library),
// updated in place as votes arrive.
class PollChart : public QWidget {
    Q_OBJECT

public:
    explicit PollChart(QWidget* parent = nullptr);

    void setResults(const PollResults& results);
    void clear();
    const PollResults& results() const { return m_results; }
    // "12 · 48.0 %": what the bar of an option says, for tests and screen readers.
    static QString barLabel(const PollResults::Option& option);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int rowHeight() const;
    void describe();

    PollResults m_results;
};

} // namespace lectern::ui
