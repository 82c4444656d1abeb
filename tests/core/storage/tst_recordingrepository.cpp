#include "servicefixture.h"
#include "storage/recordingrepository.h"

#include <QTest>

using namespace lectern;

class TestRecordingRepository : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ServiceFixture> f;
    test::ServiceFixture::LiveClass live;

    RecordingRepository repository() {
        return RecordingRepository(*f->context().database->connection());
    }
    Id addRecording() {
        SessionRecording r;
        r.sessionId = live.session.id;
        r.title = QStringLiteral("Recording");
        r.videoUrl = QStringLiteral("https://cdn.example.com/r.mp4");
        r.durationSeconds = 600;
        r.fileSizeMb = 12.5;
        r.createdAt = r.updatedAt = f->clock().now();
        return *repository().insert(r);
    }

private Q_SLOTS:
    void init() {
        LECTERN_OPEN_FIXTURE(f);
        live = f->liveClass(2);
    }
    void cleanup() { f.reset(); }

    void negativeSizesAreRefusedByTheDatabase() {
        SessionRecording r;
        r.sessionId = live.session.id;
        r.title = QStringLiteral("Bad");
        r.videoUrl = QStringLiteral("https://cdn.example.com/r.mp4");
        r.durationSeconds = -1;
        r.createdAt = r.updatedAt = f->clock().now();
        LECTERN_VERIFY_ERROR(repository().insert(r), ErrorCode::Invalid);
        r.durationSeconds = 1;
        r.fileSizeMb = -1;
        LECTERN_VERIFY_ERROR(repository().insert(r), ErrorCode::Invalid);
    }

    void aViewerCountsOnceAndOneRowPerViewer() {
        const Id recording = addRecording();
        RecordingView view;
        view.recordingId = recording;
        view.userId = live.students[0].id;
        view.watchDurationSeconds = 100;
        view.createdAt = view.updatedAt = f->clock().now();
        auto id = repository().saveView(view);
        LECTERN_VERIFY_OK(id);
        view.id = *id;
        view.watchDurationSeconds = 590;
        view.completed = true;
        LECTERN_VERIFY_OK(repository().saveView(view));
        QCOMPARE(repository().find(recording)->viewsCount, qint64(1));
        QCOMPARE(*repository().completions(recording), qint64(1));
        RecordingView duplicate = view;
        duplicate.id = 0;
        LECTERN_VERIFY_ERROR(repository().saveView(duplicate), ErrorCode::Conflict);
        QCOMPARE(repository().find(recording)->viewsCount, qint64(1));
        const auto found = repository().findView(recording, live.students[0].id);
        QCOMPARE((*found)->watchDurationSeconds, qint64(590));
    }
};

QTEST_GUILESS_MAIN(TestRecordingRepository)
#include "tst_recordingrepository.moc"
