#pragma once

#include "enums.h"

#include <QDateTime>
#include <QString>

namespace lectern {

using Id = qint64;

struct User {
    Id id = 0;
    QString email;
    QString name;
    Role role = Role::Student;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isAdmin() const { return role == Role::Admin; }
    // Instructors and admins run courses: they schedule, host, sign Agora tokens and report.
    bool runsCourses() const { return role == Role::Instructor || role == Role::Admin; }
};

} // namespace lectern
