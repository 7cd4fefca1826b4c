/* konkurs-store-errors.c — what a SQLite failure means to the person at
 * the desk, as a KonkursStoreError
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "konkurs-store-private.h"

G_DEFINE_QUARK (konkurs-store-error-quark, konkurs_store_error)

static const struct {
  const char *constraint;   /* as SQLite names it: "table.column" */
  const char *message;
} duplicate_messages[] = {
  { "application.personal_code", N_("Another application has this personal code already. Each application needs its own code.") },
  { "candidate.iin",             N_("A candidate with this IIN is registered already.") },
  { "rule_set.code",             N_("A rule set with this code exists already.") },
  { "competition.id",            N_("A competition with this number exists already.") },
  { "competition.number",        N_("A competition with this number exists already.") },
  { "vacancy.id",                N_("A vacancy with this number exists already.") },
  { "vacancy.code",              N_("A vacancy with this number exists already.") },
  { "essay_assignment.essay_id", N_("This expert grades this essay already.") },
  { "essay.application_id",      N_("This application has an essay already.") },
  { "essay_package.uid",         N_("A package with this id was issued already.") },
};

static char *
describe_duplicate (const char *errmsg)
{
  for (guint i = 0; i < G_N_ELEMENTS (duplicate_messages); i++)
    if (strstr (errmsg, duplicate_messages[i].constraint) != NULL)
      return g_strdup (_(duplicate_messages[i].message));

  return g_strdup_printf (_("This value is already in use (%s)."), errmsg);
}

void
konkurs_store_error_from_sqlite (const char  *path,
                                 int          rc,
                                 const char  *errmsg,
                                 GError     **error)
{
  konkurs_store_error_from_sqlite_full (path, rc, 0, errmsg, error);
}

/* @system_errno: of the failing call of the operating system, which tells
 * a full disk from a broken one behind SQLITE_IOERR. */
void
konkurs_store_error_from_sqlite_full (const char  *path,
                                      int          rc,
                                      int          system_errno,
                                      const char  *errmsg,
                                      GError     **error)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *duplicate = NULL;

  g_debug ("SQLite error %d (errno %d) on %s: %s", rc, system_errno, path, errmsg);

  switch (rc)
    {
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
      duplicate = describe_duplicate (errmsg);
      g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_DUPLICATE, duplicate);
      return;
    case SQLITE_CONSTRAINT_FOREIGNKEY:
    foreign_key:
      g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_IN_USE,
                           _("Other records depend on this one, so it cannot be deleted."));
      return;
    case SQLITE_CONSTRAINT_TRIGGER:
      /* ON DELETE RESTRICT is carried out as a trigger that raises. */
      if (strstr (errmsg, "FOREIGN KEY constraint failed") != NULL)
        goto foreign_key;
      break;
    default:
      break;
    }

  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_FULL,
                           _("The disk is full. Nothing was saved."));
      break;
    case SQLITE_CONSTRAINT:
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                   _("A value breaks a rule of the database (%s)."), errmsg);
      break;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_DATABASE,
                   _("The database %s is damaged. Restore it from a backup copy."), display);
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_FAILED,
                   _("The database %s cannot be written to. Check that the file and its folder are not read-only."),
                   display);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_FAILED,
                   _("The database %s is busy. Try again in a moment."), display);
      break;
    case SQLITE_IOERR:
      if (system_errno == ENOSPC || system_errno == EDQUOT)
        {
          g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_FULL,
                       _("The disk holding the database %s is full. Nothing was changed: "
                         "free some space on it and try again."), display);
          break;
        }
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_FAILED,
                   _("Konkurs could not read or write the database %s (%s). Check the disk or the network connection."),
                   display, errmsg);
      break;
    default:
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_FAILED,
                   _("The database %s reported an error: %s."), display, errmsg);
      break;
    }
}

gboolean
konkurs_store_invalid (GError     **error,
                       const char  *message)
{
  g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID, message);
  return FALSE;
}

void
konkurs_store_set_not_database (const char  *path,
                                gboolean     foreign_sqlite,
                                GError     **error)
{
  g_autofree char *display = g_filename_display_name (path);

  if (foreign_sqlite)
    g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_DATABASE,
                 _("The file %s is a database of another program, not a Konkurs database. "
                   "Choose the file of a Konkurs database."),
                 display);
  else
    g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_DATABASE,
                 _("The file %s is not a Konkurs database. Choose the file of a Konkurs database."),
                 display);
}

void
konkurs_store_set_damaged (const char  *path,
                           const char  *problem,
                           GError     **error)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_DAMAGED,
               _("The database %s is damaged (%s). Restore it from a backup copy: "
                 "open the copy with “Open Database…”."),
               display, problem);
}
