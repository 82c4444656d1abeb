#pragma once

#include "user.h"

namespace lectern {

struct Course {
    Id id = 0;
    QString title;
    Id instructorId = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct Enrollment {
    Id id = 0;
    Id courseId = 0;
    Id userId = 0;
    QDateTime createdAt;
};

} // namespace lectern
