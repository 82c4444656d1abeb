#pragma once

#include <QStringList>

namespace lectern::cli {

int addCourse(const QStringList& arguments);
int enrollInCourse(const QStringList& arguments);
int unenrollFromCourse(const QStringList& arguments);
int listCourses(const QStringList& arguments);

} // namespace lectern::cli
