#pragma once

#include "domain/course.h"
#include "services/servicecontext.h"

namespace lectern::views {

// The courses the actor runs (its instructor, or any for an admin): those the Reports tab
// reports on.
Result<QList<Course>> coursesRunBy(const ServiceContext& context, const User& actor);

} // namespace lectern::views
