#include "schedulefilterbar.h"

#include "sessiontablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace lectern::ui {

ScheduleFilterBar::ScheduleFilterBar(std::function<QDateTime()> now, QWidget* parent)
    : QWidget(parent)
    , m_now(std::move(now))
    , m_anchor(m_now().toLocalTime().date())
    , m_viewBox(new QComboBox(this))
    , m_previous(new QToolButton(this))
    , m_today(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_rangeLabel(new QLabel(this))
    , m_courseBox(new QComboBox(this))
    , m_statusBox(new QComboBox(this)) {
    m_viewBox->addItem(tr("Day"), static_cast<int>(ScheduleView::Day));
    m_viewBox->addItem(tr("Week"), static_cast<int>(ScheduleView::Week));
    m_viewBox->addItem(tr("List"), static_cast<int>(ScheduleView::List));
    m_viewBox->setCurrentIndex(1);
    m_viewBox->setAccessibleName(tr("Show sessions by"));
    m_viewBox->setToolTip(tr("Show one day, one week, or every session as a list"));
    m_previous->setArrowType(Qt::LeftArrow);
    m_previous->setAccessibleName(tr("Previous"));
    m_previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_previous->setToolTip(tr("Previous day or week (%1)")
                               .arg(m_previous->shortcut().toString(QKeySequence::NativeText)));
    m_next->setArrowType(Qt::RightArrow);
    m_next->setAccessibleName(tr("Next"));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_next->setToolTip(
        tr("Next day or week (%1)").arg(m_next->shortcut().toString(QKeySequence::NativeText)));
    m_today->setText(tr("To&day"));
    // The mnemonic of the (translated) label is the shortcut.
    m_today->setToolTip(
        tr("Go back to today (%1)").arg(m_today->shortcut().toString(QKeySequence::NativeText)));
    m_rangeLabel->setAccessibleName(tr("Shown dates"));
    m_rangeLabel->setMinimumWidth(m_rangeLabel->fontMetrics().horizontalAdvance(
        QStringLiteral("Mon 30 Sep – Sun 6 Oct 2026 ")));
    m_courseBox->addItem(tr("All courses"), QVariant::fromValue<Id>(0));
    m_courseBox->setAccessibleName(tr("Course filter"));
    m_courseBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_statusBox->addItem(tr("Any status"), -1);
    for (SessionStatus status : {SessionStatus::Scheduled, SessionStatus::Live,
                                 SessionStatus::Ended, SessionStatus::Cancelled})
        m_statusBox->addItem(SessionTableModel::statusText(status), static_cast<int>(status));
    m_statusBox->setAccessibleName(tr("Status filter"));

    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    auto* showLabel = new QLabel(tr("Sho&w:"), this);
    showLabel->setBuddy(m_viewBox);
    row->addWidget(showLabel);
    row->addWidget(m_viewBox);
    row->addWidget(m_previous);
    row->addWidget(m_today);
    row->addWidget(m_next);
    row->addWidget(m_rangeLabel);
    row->addStretch(1);
    auto* courseLabel = new QLabel(tr("C&ourse:"), this);
    courseLabel->setBuddy(m_courseBox);
    row->addWidget(courseLabel);
    row->addWidget(m_courseBox);
    auto* statusLabel = new QLabel(tr("S&tatus:"), this);
    statusLabel->setBuddy(m_statusBox);
    row->addWidget(statusLabel);
    row->addWidget(m_statusBox);

    connect(m_viewBox, &QComboBox::activated, this,
            [this] { setView(static_cast<ScheduleView>(m_viewBox->currentData().toInt())); });
    connect(m_courseBox, &QComboBox::activated, this, &ScheduleFilterBar::changed);
    connect(m_statusBox, &QComboBox::activated, this, &ScheduleFilterBar::changed);
    connect(m_previous, &QToolButton::clicked, this,
            [this] { setAnchor(stepAnchor(m_view, m_anchor, -1)); });
    connect(m_next, &QToolButton::clicked, this,
            [this] { setAnchor(stepAnchor(m_view, m_anchor, 1)); });
    connect(m_today, &QToolButton::clicked, this,
            [this] { setAnchor(m_now().toLocalTime().date()); });
    updateRange();
}

void ScheduleFilterBar::setView(ScheduleView view) {
    m_view = view;
    m_viewBox->setCurrentIndex(m_viewBox->findData(static_cast<int>(view)));
    updateRange();
    Q_EMIT changed();
}

void ScheduleFilterBar::setAnchor(QDate day) {
    m_anchor = day;
    updateRange();
    Q_EMIT changed();
}

Id ScheduleFilterBar::courseId() const {
    return m_courseBox->currentData().value<Id>();
}

SessionQuery ScheduleFilterBar::query() const {
    SessionQuery query;
    if (const Id course = courseId(); course != 0)
        query.courseId = course;
    if (const int status = m_statusBox->currentData().toInt(); status >= 0)
        query.status = static_cast<SessionStatus>(status);
    const ScheduleRange range = scheduleRange(m_view, m_anchor, QLocale().firstDayOfWeek());
    query.startsFrom = range.from.toUTC();
    query.startsBefore = range.before.toUTC();
    return query;
}

QString ScheduleFilterBar::emptyText(bool schedules) const {
    switch (m_view) {
    case ScheduleView::Day:
        return schedules ? tr("No sessions on this day.\nUse the arrows to look at other days, or "
                              "New session to schedule one.")
                         : tr("No sessions on this day.\nUse the arrows to look at other days.");
    case ScheduleView::Week:
        return schedules ? tr("No sessions this week.\nUse the arrows to look at other weeks, or "
                              "New session to schedule one.")
                         : tr("No sessions this week.\nUse the arrows to look at other weeks.");
    case ScheduleView::List:
        break;
    }
    return tr("No sessions of your courses yet.\nSessions that are scheduled for "
              "them appear here as soon as they are saved.");
}

void ScheduleFilterBar::setCourses(const QList<Course>& courses) {
    const Id chosen = courseId();
    while (m_courseBox->count() > 1)
        m_courseBox->removeItem(1);
    for (const Course& course : courses)
        m_courseBox->addItem(course.title, course.id);
    m_courseBox->setCurrentIndex(std::max(0, m_courseBox->findData(chosen)));
}

void ScheduleFilterBar::updateRange() {
    const bool dated = m_view != ScheduleView::List;
    m_previous->setEnabled(dated);
    m_next->setEnabled(dated);
    m_today->setEnabled(dated);
    const QLocale locale;
    const ScheduleRange range = scheduleRange(m_view, m_anchor, locale.firstDayOfWeek());
    switch (m_view) {
    case ScheduleView::Day:
        m_rangeLabel->setText(locale.toString(m_anchor, QStringLiteral("dddd d MMMM yyyy")));
        break;
    case ScheduleView::Week:
        m_rangeLabel->setText(tr("%1 – %2").arg(
            locale.toString(range.from.date(), QStringLiteral("ddd d MMM")),
            locale.toString(range.before.date().addDays(-1), QStringLiteral("ddd d MMM yyyy"))));
        break;
    case ScheduleView::List:
        m_rangeLabel->setText(tr("Every session"));
        break;
    }
}

} // namespace lectern::ui
