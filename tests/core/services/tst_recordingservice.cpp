#include "servicefixture.h"
#include "services/recordingservice.h"
#include "services/sessionservice.h"

#include <QTest>

using namespace lectern;

class TestRecordingService : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ServiceFixture> f;
    test::ServiceFixture::LiveClass live;

    RecordingDraft hourLong() const {
        RecordingDraft draft;
        draft.videoUrl = QStringLiteral("https://cdn.example.com/recording.mp4");
        draft.title = QStringLiteral("Introduction to Django - Recording");
        draft.durationSeconds = 3600;
        draft.fileSizeMb = 250.5;
        draft.requiresEnrollment = true;
        return draft;
    }
    SessionRecording addRecording(const RecordingDraft& draft) {
        auto created =
            RecordingService(f->context()).createRecording(live.instructor, live.session.id, draft);
        if (!created)
            qFatal("%s", qPrintable(created.error().message));
        return *created;
    }
    ViewProgress watched(qint64 seconds) const {
        ViewProgress progress;
        progress.watchDurationSeconds = seconds;
        progress.lastPositionSeconds = seconds;
        return progress;
    }

private Q_SLOTS:
    void init() {
        LECTERN_OPEN_FIXTURE(f);
        live = f->liveClass(1);
    }
    void cleanup() { f.reset(); }

    void createStoresEveryField() {
        RecordingDraft draft = hourLong();
        draft.description = QStringLiteral("Full class");
        draft.thumbnailUrl = QStringLiteral("https://cdn.example.com/thumb.jpg");
        draft.isPublic = true;
        const SessionRecording created = addRecording(draft);
        auto read = RecordingService(f->context()).getRecording(live.students[0], created.id);
        LECTERN_VERIFY_OK(read);
        QCOMPARE(read->title, draft.title);
        QCOMPARE(read->videoUrl, draft.videoUrl);
        QCOMPARE(read->thumbnailUrl, draft.thumbnailUrl);
        QCOMPARE(read->description, draft.description);
        QCOMPARE(read->durationSeconds, qint64(3600));
        QCOMPARE(read->fileSizeMb, 250.5);
        QCOMPARE(read->durationFormatted(), QStringLiteral("01:00:00"));
        QCOMPARE(read->processingStatus, ProcessingStatus::Ready);
        QVERIFY(read->isPublic);
        QCOMPARE(read->viewsCount, qint64(0));
    }

    void badRecordingsAreInvalid_data() {
        QTest::addColumn<QString>("field");
        QTest::newRow("no url") << QStringLiteral("video_url");
        QTest::newRow("script url") << QStringLiteral("video_url");
        QTest::newRow("no title") << QStringLiteral("title");
        QTest::newRow("negative duration") << QStringLiteral("duration_seconds");
        QTest::newRow("negative size") << QStringLiteral("file_size_mb");
    }
    void badRecordingsAreInvalid() {
        QFETCH(QString, field);
        RecordingDraft draft = hourLong();
        const QString row = QString::fromLatin1(QTest::currentDataTag());
        if (row == u"no url")
            draft.videoUrl.clear();
        else if (row == u"script url")
            draft.videoUrl = QStringLiteral("javascript:alert(1)");
        else if (row == u"no title")
            draft.title.clear();
        else if (row == u"negative duration")
            draft.durationSeconds = -1;
        else if (row == u"negative size")
            draft.fileSizeMb = -0.5;
        RecordingService recordings(f->context());
        auto created = recordings.createRecording(live.instructor, live.session.id, draft);
        LECTERN_VERIFY_ERROR(created, ErrorCode::Invalid);
        QCOMPARE(created.error().field, field);
        QVERIFY(recordings.listRecordings(live.instructor, live.session.id)->isEmpty());
    }

    void onlyManagersAddRecordings() {
        LECTERN_VERIFY_ERROR(RecordingService(f->context())
                                 .createRecording(live.students[0], live.session.id, hourLong()),
                             ErrorCode::Forbidden);
    }

    void completionAtNinetyPercent_data() {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<bool>("completed");
        QTest::newRow("half") << qint64(1800) << false;
        QTest::newRow("89.9 %") << qint64(3236) << false;
        QTest::newRow("90 %") << qint64(3240) << true;
        QTest::newRow("all") << qint64(3600) << true;
    }
    void completionAtNinetyPercent() {
        QFETCH(qint64, seconds);
        QFETCH(bool, completed);
        const SessionRecording recording = addRecording(hourLong());
        RecordingService recordings(f->context());
        LECTERN_VERIFY_OK(
            recordings.trackRecordingView(live.students[0], recording.id, watched(0)));
        f->clock().advance(seconds);
        auto view = recordings.trackRecordingView(live.students[0], recording.id, watched(seconds));
        LECTERN_VERIFY_OK(view);
        QCOMPARE(view->completed, completed);
        QCOMPARE(view->watchDurationSeconds, seconds);
    }

    // One request cannot claim a recording its viewer did not play: watched time grows at most
    // twice as fast as the clock (2x playback), plus a minute.
    void watchedTimeCannotOutrunTheClock() {
        const SessionRecording recording = addRecording(hourLong());
        RecordingService recordings(f->context());
        auto claimed = recordings.trackRecordingView(live.students[0], recording.id, watched(3600));
        LECTERN_VERIFY_OK(claimed);
        QCOMPARE(claimed->watchDurationSeconds, qint64(60));
        QVERIFY(!claimed->completed);
        f->clock().advance(100);
        auto again = recordings.trackRecordingView(live.students[0], recording.id, watched(3600));
        QCOMPARE(again->watchDurationSeconds, qint64(60 + 200 + 60));
        QVERIFY(!again->completed);
        // At 2x, honestly: 30 minutes later the whole hour is watched.
        f->clock().advance(1800);
        auto honest = recordings.trackRecordingView(live.students[0], recording.id, watched(3600));
        QCOMPARE(honest->watchDurationSeconds, qint64(3600));
        QVERIFY(honest->completed);
    }

    void progressNeverGoesBackAndViewsCountViewers() {
        const SessionRecording recording = addRecording(hourLong());
        RecordingService recordings(f->context());
        ViewProgress progress = watched(3300);
        progress.deviceType = QStringLiteral("desktop");
        progress.browser = QStringLiteral("Chromium");
        LECTERN_VERIFY_OK(
            recordings.trackRecordingView(live.students[0], recording.id, watched(0)));
        f->clock().advance(3300);
        auto first = recordings.trackRecordingView(live.students[0], recording.id, progress);
        LECTERN_VERIFY_OK(first);
        QVERIFY(first->completed);
        ViewProgress rewatch;
        rewatch.watchDurationSeconds = 60;
        rewatch.lastPositionSeconds = 60;
        auto second = recordings.trackRecordingView(live.students[0], recording.id, rewatch);
        LECTERN_VERIFY_OK(second);
        QCOMPARE(second->id, first->id);
        QCOMPARE(second->watchDurationSeconds, qint64(3300));
        QCOMPARE(second->lastPositionSeconds, qint64(60));
        QVERIFY(second->completed);
        QCOMPARE(second->deviceType, QStringLiteral("desktop"));
        LECTERN_VERIFY_OK(
            recordings.trackRecordingView(live.instructor, recording.id, watched(10)));
        QCOMPARE(recordings.getRecording(live.instructor, recording.id)->viewsCount, qint64(2));
        QCOMPARE(*recordings.completions(live.instructor, recording.id), qint64(1));
        LECTERN_VERIFY_ERROR(recordings.completions(live.students[0], recording.id),
                             ErrorCode::Forbidden);
    }

    void badProgressIsInvalid() {
        const SessionRecording recording = addRecording(hourLong());
        RecordingService recordings(f->context());
        auto negative = recordings.trackRecordingView(live.students[0], recording.id, watched(-1));
        LECTERN_VERIFY_ERROR(negative, ErrorCode::Invalid);
        ViewProgress pastEnd = watched(10);
        pastEnd.lastPositionSeconds = 3601;
        auto past = recordings.trackRecordingView(live.students[0], recording.id, pastEnd);
        LECTERN_VERIFY_ERROR(past, ErrorCode::Invalid);
        QCOMPARE(past.error().field, QStringLiteral("last_position_seconds"));
        LECTERN_VERIFY_ERROR(recordings.trackRecordingView(live.students[0], 4242, watched(1)),
                             ErrorCode::NotFound);
    }

    void enrolmentGuardsPrivateRecordings() {
        const SessionRecording closed = addRecording(hourLong());
        RecordingDraft open = hourLong();
        open.isPublic = true;
        const SessionRecording published = addRecording(open);
        const User outsider = f->addUser(Role::Student, QStringLiteral("Out"));
        RecordingService recordings(f->context());
        LECTERN_VERIFY_ERROR(recordings.trackRecordingView(outsider, closed.id, watched(5)),
                             ErrorCode::Forbidden);
        LECTERN_VERIFY_OK(recordings.trackRecordingView(outsider, published.id, watched(5)));
        auto visible = recordings.listRecordings(outsider, live.session.id);
        QCOMPARE(visible->size(), 1);
        QCOMPARE(visible->first().id, published.id);
        QCOMPARE(recordings.listRecordings(live.students[0], live.session.id)->size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestRecordingService)
#include "tst_recordingservice.moc"
