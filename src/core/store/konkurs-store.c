/* konkurs-store.c — the SQLite database of Konkurs: opening, locking,
 * connections, operations and transactions, and the "changed" signal
 *
 * Each aggregate has a file of its own (konkurs-store-competitions.c,
 * konkurs-store-candidates.c…), reading rows through
 * konkurs-store-rows.c; the schema is in konkurs-store-schema.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "konkurs-autocleanups.h"
#include "konkurs-store-private.h"

struct _KonkursStore
{
  GObject          parent_instance;

  char            *path;
  char            *real_path;     /* @path with symbolic links resolved: where the -wal is */
  sqlite3         *db;
  /* Read-only connections, one per thread, for every thread but the one
   * writing: an import runs a long transaction on @db in a worker thread,
   * and the window must neither see rows that may still be rolled back nor
   * step its statements inside that transaction.  In WAL mode each reads
   * the last committed state; one per thread, because statements running
   * at once on one connection share one snapshot, and a search running in
   * a worker would hide a change from the window.  GThread → sqlite3; NULL
   * for an in-memory database, which another connection would not see. */
  GHashTable      *readers;
  GMutex           readers_lock;
  KonkursCalendar *calendar;
  int              schema_version;

  int              lock_fd;
  char            *lock_path;
  /* Known sound: checked at opening or since, or closed cleanly last time
   * by a Konkurs that knew it sound.  Only then does closing write the
   * stamp that lets the next opening skip the check. */
  gboolean         sound;
  gboolean         checked_on_open;

  /* Opened read-only (a damaged or read-only file): every change is
   * refused with @read_only_reason. */
  gboolean         read_only;
  char            *read_only_reason;

  /* Guards changes: an import in a worker thread and the window share the
   * connection, so one must not write into the other's transaction. */
  GRecMutex        write_lock;
  GThread         *writer;        /* holder of write_lock, NULL when free */
  guint            write_depth;   /* how often @writer holds it */
  gboolean         in_transaction;
  /* An operation inside the transaction failed after writing part of its
   * rows: the transaction can only be rolled back. */
  gboolean         transaction_broken;
  GArray          *ops;           /* OpFrame, innermost last */
  GPtrArray       *pending;       /* interned table names, no duplicates */

  /* Statements prepared once and reused, keyed by their SQL text; only
   * used by the thread that holds write_lock (see konkurs_store_cached()). */
  GHashTable      *statements;
  /* The same statements by the address of the caller's text: most are
   * literals, and some 2 KB long (the record's snapshots), which hashing
   * by content for every row of an import cost 4 % of it.  Only a hint:
   * an address is believed when the text there is still the same. */
  GHashTable      *statements_by_address;

  /* "changed" is emitted in the thread that opened the store. */
  GThread         *owner_thread;
  GMainContext    *owner_context;

  /* Who decides and changes, for the audit record; read by workers too. */
  char            *actor;
  GMutex           actor_lock;
};

/* One konkurs_store_op_begin() not finished yet. */
typedef struct {
  guint    pending_mark;   /* length of pending when it began */
  gboolean savepoint;      /* FALSE: runs bare inside the transaction */
  gint64   total_changes;  /* sqlite3_total_changes64() when it began */
} OpFrame;

G_DEFINE_FINAL_TYPE (KonkursStore, konkurs_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
is_memory (const char *path)
{
  return g_strcmp0 (path, ":memory:") == 0;
}

static void
release_lock (KonkursStore *self)
{
  konkurs_store_file_unlock (self->lock_fd, self->lock_path);
  self->lock_fd = -1;
}

static void
finalize_stmt (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
konkurs_store_finalize (GObject *object)
{
  KonkursStore *self = (KonkursStore *) object;

  /* Before the connection: sqlite3_close_v2() would keep it open for as
   * long as a statement is left. */
  g_clear_pointer (&self->statements_by_address, g_hash_table_unref);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->readers, g_hash_table_unref);
  g_mutex_clear (&self->readers_lock);
  if (self->db != NULL)
    {
      if (self->in_transaction)
        sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      sqlite3_close_v2 (self->db);
      self->db = NULL;
      /* Still under the lock, so no other Konkurs wrote it meanwhile. */
      if (self->lock_fd >= 0 && g_atomic_int_get (&self->sound) && !g_atomic_int_get (&self->read_only) &&
          self->schema_version == KONKURS_STORE_SCHEMA_VERSION)
        konkurs_store_file_write_clean_stamp (self->real_path);
    }
  release_lock (self);

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->real_path, g_free);
  g_clear_pointer (&self->lock_path, g_free);
  g_clear_pointer (&self->read_only_reason, g_free);
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  g_clear_pointer (&self->ops, g_array_unref);
  g_clear_pointer (&self->owner_context, g_main_context_unref);
  g_clear_object (&self->calendar);
  g_rec_mutex_clear (&self->write_lock);
  g_clear_pointer (&self->actor, g_free);
  g_mutex_clear (&self->actor_lock);

  G_OBJECT_CLASS (konkurs_store_parent_class)->finalize (object);
}

enum {
  PROP_0,
  PROP_READ_ONLY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
konkurs_store_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  KonkursStore *self = (KonkursStore *) object;

  switch (prop_id)
    {
    case PROP_READ_ONLY:
      g_value_set_boolean (value, konkurs_store_is_read_only (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
konkurs_store_class_init (KonkursStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = konkurs_store_finalize;
  object_class->get_property = konkurs_store_get_property;

  /* Whether every change is refused (konkurs_store_set_read_only()): a
   * damage found after opening turns the window's editing off. */
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
konkurs_store_init (KonkursStore *self)
{
  self->lock_fd = -1;
  self->pending = g_ptr_array_new ();
  self->ops = g_array_new (FALSE, FALSE, sizeof (OpFrame));
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_stmt);
  self->statements_by_address = g_hash_table_new (NULL, NULL);
  self->owner_thread = g_thread_self ();
  self->owner_context = g_main_context_ref_thread_default ();
  g_rec_mutex_init (&self->write_lock);
  g_mutex_init (&self->readers_lock);
  g_mutex_init (&self->actor_lock);
}

static void
close_reader (gpointer db)
{
  sqlite3_close_v2 (db);
}

static sqlite3 *
open_reader (KonkursStore *self)
{
  sqlite3 *db = NULL;
  int rc = sqlite3_open_v2 (self->path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_FULLMUTEX, NULL);

  if (rc == SQLITE_OK)
    rc = sqlite3_extended_result_codes (db, 1);
  if (rc == SQLITE_OK)
    rc = sqlite3_busy_timeout (db, 5000);
  /* A list sorted by name in a worker compares by the Kazakh alphabet. */
  if (rc == SQLITE_OK)
    rc = konkurs_store_register_functions (db);
  if (rc != SQLITE_OK)
    {
      g_warning ("Cannot open a reading connection to %s: %s", self->path,
                 db != NULL ? sqlite3_errmsg (db) : g_strerror (ENOMEM));
      sqlite3_close_v2 (db);
      return NULL;
    }
  return db;
}

/* The connection for the statements of the calling thread: the writing one
 * while it holds write_lock (its reads must see its own changes), a
 * read-only one of its own for every other thread. */
static sqlite3 *
caller_db (KonkursStore *self)
{
  sqlite3 *db;

  if (self->readers == NULL || g_atomic_pointer_get (&self->writer) == g_thread_self ())
    return self->db;

  g_mutex_lock (&self->readers_lock);
  db = g_hash_table_lookup (self->readers, g_thread_self ());
  if (db == NULL && (db = open_reader (self)) != NULL)
    g_hash_table_insert (self->readers, g_thread_self (), db);
  g_mutex_unlock (&self->readers_lock);

  /* Without a reader of its own the thread reads as before, through the
   * writing connection. */
  return db != NULL ? db : self->db;
}

void
konkurs_store_set_sqlite_error (KonkursStore  *self,
                                int            rc,
                                GError       **error)
{
  sqlite3 *db = caller_db (self);

  konkurs_store_error_from_sqlite_full (self->path, rc, sqlite3_system_errno (db), sqlite3_errmsg (db), error);
}

gboolean
konkurs_store_was_checked_on_open (KonkursStore *self)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);
  return self->checked_on_open;
}

sqlite3 *
konkurs_store_get_db (KonkursStore *self)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);
  return self->db;
}


sqlite3_stmt *
konkurs_store_prepare (KonkursStore  *self,
                       const char    *sql,
                       GError       **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (caller_db (self), sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      konkurs_store_set_sqlite_error (self, rc, error);
      return NULL;
    }
  return stmt;
}

/* write_lock, remembering who holds it so that konkurs_store_cached() can
 * tell whether its caller may use the shared statements. */
static void
lock_writes (KonkursStore *self)
{
  g_rec_mutex_lock (&self->write_lock);
  if (self->write_depth++ == 0)
    g_atomic_pointer_set (&self->writer, g_thread_self ());
}

static void
unlock_writes (KonkursStore *self)
{
  if (--self->write_depth == 0)
    g_atomic_pointer_set (&self->writer, NULL);
  g_rec_mutex_unlock (&self->write_lock);
}

void
konkurs_store_lock_writes (KonkursStore *self)
{
  lock_writes (self);
}

void
konkurs_store_unlock_writes (KonkursStore *self)
{
  unlock_writes (self);
}

sqlite3_stmt *
konkurs_store_cached (KonkursStore  *self,
                      const char    *sql,
                      GError       **error)
{
  sqlite3_stmt *stmt;

  /* A statement cannot be stepped by two threads at once: the window reads
   * while an import writes from a worker thread.  Only the holder of
   * write_lock touches the cache, so no lock of its own is needed. */
  g_return_val_if_fail (g_atomic_pointer_get (&self->writer) == g_thread_self (), NULL);

  stmt = g_hash_table_lookup (self->statements_by_address, sql);
  if (stmt == NULL || strcmp (sqlite3_sql (stmt), sql) != 0)
    {
      stmt = g_hash_table_lookup (self->statements, sql);
      if (stmt == NULL)
        {
          stmt = konkurs_store_prepare (self, sql, error);
          if (stmt == NULL)
            return NULL;
          g_hash_table_insert (self->statements, g_strdup (sql), stmt);
        }
      g_hash_table_insert (self->statements_by_address, (gpointer) sql, stmt);
    }

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return stmt;
}

void
konkurs_store_stmt_release (KonkursStoreStmt *stmt)
{
  /* Reset, so that a SELECT stepped to a row holds no read lock, and a
   * text bound with SQLITE_STATIC is no longer looked at. */
  if (stmt != NULL)
    sqlite3_reset (stmt);
}

static gboolean
exec_sql (KonkursStore  *self,
          const char    *sql,
          GError       **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc == SQLITE_OK)
    return TRUE;
  konkurs_store_set_sqlite_error (self, sqlite3_extended_errcode (self->db), error);
  return FALSE;
}

/* Signals and transactions */

typedef struct {
  KonkursStore *store;
  const char   *table;
} Emission;

static gboolean
emit_in_owner_thread (gpointer data)
{
  Emission *emission = data;

  g_signal_emit (emission->store, signals[CHANGED],
                 g_quark_from_string (emission->table));
  g_object_unref (emission->store);
  g_free (emission);
  return G_SOURCE_REMOVE;
}

static void
emit_changed (KonkursStore *self,
              const char   *table)
{
  g_autoptr(GSource) source = NULL;
  Emission *emission;

  if (g_thread_self () == self->owner_thread)
    {
      g_signal_emit (self, signals[CHANGED], g_quark_from_string (table));
      return;
    }

  /* A worker thread (an import) committed: list models live in the owner
   * thread, so tell them there.  Not g_main_context_invoke(): it would run
   * the handlers right here if the owner's loop happened not to be
   * running. */
  emission = g_new0 (Emission, 1);
  emission->store = g_object_ref (self);
  emission->table = table;
  source = g_idle_source_new ();
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, emit_in_owner_thread, emission, NULL);
  g_source_set_static_name (source, "[konkurs] store changed");
  g_source_attach (source, self->owner_context);
}

static void
flush_pending (KonkursStore *self)
{
  g_autoptr(GPtrArray) tables = g_steal_pointer (&self->pending);

  /* Handlers may change the store again: give them a fresh list. */
  self->pending = g_ptr_array_new ();
  for (guint i = 0; i < tables->len; i++)
    emit_changed (self, g_ptr_array_index (tables, i));
}

void
konkurs_store_note_changed (KonkursStore *self,
                            const char   *table)
{
  const char *interned = g_intern_string (table);

  if (!g_ptr_array_find (self->pending, interned, NULL))
    g_ptr_array_add (self->pending, (gpointer) interned);
}

static gboolean
transaction_lost (KonkursStore  *self,
                  GError       **error)
{
  /* SQLite rolls the whole transaction back by itself on some errors (a
   * full disk, out of memory); or an operation failed halfway.  Going on
   * would write the rest outside any transaction. */
  if (!self->transaction_broken && !sqlite3_get_autocommit (self->db))
    return FALSE;

  self->transaction_broken = TRUE;
  g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_FAILED,
                       _("An earlier change in this transaction failed halfway, so none of its changes can be saved. Nothing was saved."));
  return TRUE;
}

static gboolean
refuse_read_only (KonkursStore  *self,
                  GError       **error)
{
  if (!g_atomic_int_get (&self->read_only))
    return FALSE;
  g_mutex_lock (&self->actor_lock);
  g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_READ_ONLY, self->read_only_reason);
  g_mutex_unlock (&self->actor_lock);
  return TRUE;
}

gboolean
konkurs_store_op_begin (KonkursStore  *self,
                        guint         *mark,
                        GError       **error)
{
  OpFrame frame = { 0, TRUE, 0 };

  if (refuse_read_only (self, error))
    return FALSE;
  lock_writes (self);
  frame.pending_mark = self->pending->len;

  /* Inside konkurs_store_begin() (whose lock this thread holds, or it
   * could not have taken write_lock) the operation runs without a
   * savepoint: a savepoint per operation journals every page it touches
   * and makes FTS5 flush its index, which halves the speed of an import.
   * Atomicity is kept by watching the change counter instead: an operation
   * that fails before writing a row (every check comes first) needs no
   * undo, and one that fails after breaks the transaction, which then
   * refuses to commit (see konkurs_store_op_finish()). */
  if (self->in_transaction)
    {
      if (transaction_lost (self, error))
        {
          unlock_writes (self);
          return FALSE;
        }
      frame.savepoint = FALSE;
      frame.total_changes = sqlite3_total_changes64 (self->db);
    }
  else if (!exec_sql (self, "SAVEPOINT konkurs_op", error))
    {
      unlock_writes (self);
      return FALSE;
    }

  *mark = self->ops->len;
  g_array_append_val (self->ops, frame);
  return TRUE;
}

gboolean
konkurs_store_op_finish (KonkursStore  *self,
                         guint          mark,
                         gboolean       success,
                         GError       **error)
{
  OpFrame frame;

  g_return_val_if_fail (mark + 1 == self->ops->len, FALSE);
  frame = g_array_index (self->ops, OpFrame, mark);
  g_array_set_size (self->ops, mark);

  /* Outside a transaction, releasing the outermost savepoint commits. */
  if (success && frame.savepoint && !exec_sql (self, "RELEASE konkurs_op", error))
    success = FALSE;

  if (!success)
    {
      if (!frame.savepoint)
        {
          /* SQLite undid the failing statement itself; the rows of the
           * statements before it cannot be taken back alone. */
          if (sqlite3_total_changes64 (self->db) != frame.total_changes)
            self->transaction_broken = TRUE;
        }
      else if (!sqlite3_get_autocommit (self->db) || self->in_transaction)
        sqlite3_exec (self->db, "ROLLBACK TO konkurs_op; RELEASE konkurs_op", NULL, NULL, NULL);
      g_ptr_array_set_size (self->pending, frame.pending_mark);
    }

  if (success && !self->in_transaction)
    flush_pending (self);

  unlock_writes (self);
  return success;
}

gboolean
konkurs_store_run_on_id (KonkursStore    *self,
                         KonkursStoreIdOp op,
                         gint64           id,
                         GError         **error)
{
  guint mark;

  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  /* A failed operation has set @error already; finishing it sets none. */
  return konkurs_store_op_finish (self, mark, op (self, id, error), error);
}

gboolean
konkurs_store_begin (KonkursStore  *self,
                     GError       **error)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);

  if (refuse_read_only (self, error))
    return FALSE;
  lock_writes (self);
  if (self->in_transaction)
    {
      unlock_writes (self);
      g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_FAILED,
                           _("A transaction is already open: finish it before starting another."));
      return FALSE;
    }

  if (!exec_sql (self, "BEGIN IMMEDIATE", error))
    {
      unlock_writes (self);
      return FALSE;
    }

  /* The lock stays held until commit or rollback. */
  self->in_transaction = TRUE;
  self->transaction_broken = FALSE;
  return TRUE;
}

/* Ends the transaction without saving anything and lets other writers in. */
static void
abandon_transaction (KonkursStore *self)
{
  self->in_transaction = FALSE;
  self->transaction_broken = FALSE;
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  g_ptr_array_set_size (self->pending, 0);
  unlock_writes (self);
}

gboolean
konkurs_store_commit (KonkursStore  *self,
                      GError       **error)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);

  if (!self->in_transaction)
    {
      g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_FAILED,
                           _("There is no open transaction to commit."));
      return FALSE;
    }

  /* Leave nothing half done: the caller's all-or-nothing is "nothing". */
  if (transaction_lost (self, error) || !exec_sql (self, "COMMIT", error))
    {
      abandon_transaction (self);
      return FALSE;
    }

  self->in_transaction = FALSE;
  flush_pending (self);
  unlock_writes (self);
  return TRUE;
}

void
konkurs_store_rollback (KonkursStore *self)
{
  g_return_if_fail (KONKURS_IS_STORE (self));

  if (!self->in_transaction)
    return;
  abandon_transaction (self);
}

/* Opening */

static gboolean
open_connection (KonkursStore  *self,
                 GError       **error)
{
  int flags = SQLITE_OPEN_FULLMUTEX;
  int rc;

  flags |= self->read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;

  rc = sqlite3_open_v2 (self->path, &self->db, flags, NULL);
  if (rc != SQLITE_OK)
    {
      g_autofree char *display = g_filename_display_name (self->path);

      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_OPEN,
                   _("Konkurs cannot open the database %s: %s."),
                   display, self->db != NULL ? sqlite3_errmsg (self->db) : g_strerror (ENOMEM));
      return FALSE;
    }

  sqlite3_extended_result_codes (self->db, 1);
  rc = konkurs_store_register_functions (self->db);
  if (rc != SQLITE_OK)
    {
      konkurs_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }
  /* None touches the file: safe before we know what the file is.  An
   * import writes some fifty pages per candidate in one transaction; with
   * the default cache of 2 MB SQLite spills them into the WAL long before
   * the commit and reads them back, so give it 64 MiB (allocated only as
   * used), and keep the temporary b-trees of sorts in memory. */
  return exec_sql (self,
                   "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; "
                   "PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;",
                   error);
}

/* Only once the file is known to be ours and up to date. */
static gboolean
configure_journal (KonkursStore  *self,
                   GError       **error)
{
  if (is_memory (self->path))
    return TRUE;
  if (!self->read_only && !exec_sql (self, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;", error))
    return FALSE;
  /* SQLite gives them the database's mode, but the umask may have added
   * nothing only if it was kind: make sure. */
  if (self->lock_path != NULL)
    konkurs_store_file_tighten (self->real_path);

  self->readers = g_hash_table_new_full (NULL, NULL, NULL, close_reader);
  return TRUE;
}

/* Opens read-only a file the process may not write (a copy on a CD, a
 * file of 0400): it can be read and printed, and says why it cannot be
 * changed. */
static void
check_writable (KonkursStore *self)
{
  g_autofree char *display = NULL;

  if (is_memory (self->path) || access (self->path, W_OK) == 0)
    return;
  display = g_filename_display_name (self->path);
  konkurs_store_set_read_only (self, g_strdup_printf (_("The database %s is read-only: it can be read and "
                                                        "printed, but not changed. To change it, copy it to "
                                                        "a file you may write and open the copy."),
                                                      display));
}

/* Before the first frame of the window, or before any job of the command
 * line: the cheaper check of the two SQLite has. */
static gboolean
check_quickly (KonkursStore  *self,
               int            version,
               gboolean       deferred,
               GError       **error)
{
  g_autoptr(GError) damage = NULL;

  /* An older file is migrated now, which a damaged one must not be. */
  if (deferred && version == KONKURS_STORE_SCHEMA_VERSION)
    return TRUE;
  if (version == 0 || (self->sound && version == KONKURS_STORE_SCHEMA_VERSION))
    {
      if (version != 0)
        g_debug ("Not checking %s: Konkurs closed it cleanly and nothing has written it since", self->path);
      self->sound = TRUE;
      return TRUE;
    }
  self->checked_on_open = TRUE;
  if (konkurs_store_check_integrity (self, NULL, &damage))
    return TRUE;
  if (!g_error_matches (damage, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_DAMAGED) ||
      version != KONKURS_STORE_SCHEMA_VERSION)
    {
      g_propagate_error (error, g_steal_pointer (&damage));
      return FALSE;
    }
  /* Nothing more is lost: read what is left, write nothing. */
  konkurs_store_set_read_only (self, g_strdup (damage->message));
  return TRUE;
}

/* An older database needs writing to become this version's. */
static gboolean
migrate (KonkursStore  *self,
         int            version,
         GError       **error)
{
  if (!self->read_only || version == KONKURS_STORE_SCHEMA_VERSION)
    return self->read_only || konkurs_store_migrate (self->db, self->path, version, error);

  /* Translators: the first %s names the database and why it is read-only;
   * then the database's version and this Konkurs's */
  g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_READ_ONLY,
               _("%s It was made by an earlier Konkurs (version %d of the database) and must be upgraded to "
                 "version %d, which needs writing: open it once in Konkurs where it can be written."),
               self->read_only_reason, version, KONKURS_STORE_SCHEMA_VERSION);
  return FALSE;
}

static gboolean
open_file (KonkursStore     *self,
           KonkursStoreOpen  flags,
           GError          **error)
{
  gboolean created = FALSE;
  gboolean reading = (flags & KONKURS_STORE_OPEN_READ_ONLY) != 0 && !is_memory (self->path);
  int version = 0;

  if (reading)
    {
      /* The WAL is the writer's, and its lock too: neither is looked at */
      g_autofree char *display = g_filename_display_name (self->path);

      if (!konkurs_store_file_check_open (self->path, error))
        return FALSE;
      konkurs_store_set_read_only (self, g_strdup_printf (_("The database %s was opened for reading only."),
                                                          display));
    }
  else if (!is_memory (self->path) &&
           (!konkurs_store_file_create_parent (self->path, error) ||
            !konkurs_store_file_lock (self->path, &self->lock_path, &self->lock_fd, error) ||
            !konkurs_store_file_check (self->path, &created, error)))
    return FALSE;
  else
    check_writable (self);

  if (!is_memory (self->path))
    self->real_path = konkurs_store_file_real_path (self->path);
  /* Only the holder of the lock knows that nobody wrote since the stamp. */
  if (self->lock_fd >= 0 && !self->read_only && !created)
    self->sound = konkurs_store_file_take_clean_stamp (self->real_path);
  if ((is_memory (self->path) || reading || konkurs_store_file_check_wal (self->real_path, error)) &&
      open_connection (self, error) &&
      konkurs_store_file_check_identity (self, self->path, &version, error) &&
      check_quickly (self, version, (flags & KONKURS_STORE_OPEN_DEFER_CHECK) != 0, error) &&
      migrate (self, version, error) &&
      configure_journal (self, error))
    return TRUE;

  /* A database that never got its tables is no database: leave no empty
   * file that a later open would refuse. */
  if (created)
    {
      g_clear_pointer (&self->db, sqlite3_close_v2);
      g_unlink (self->path);
    }
  return FALSE;
}

KonkursStore *
konkurs_store_open_full (const char        *path,
                         KonkursCalendar   *calendar,
                         KonkursStoreOpen   flags,
                         GError           **error)
{
  g_autoptr(KonkursStore) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (calendar == NULL || KONKURS_IS_CALENDAR (calendar), NULL);

  self = g_object_new (KONKURS_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  if (calendar != NULL)
    self->calendar = g_object_ref (calendar);
  else if ((self->calendar = konkurs_calendar_new_default (error)) == NULL)
    return NULL;

  if (!open_file (self, flags, error))
    return NULL;

  self->schema_version = KONKURS_STORE_SCHEMA_VERSION;
  return g_steal_pointer (&self);
}

KonkursStore *
konkurs_store_open (const char       *path,
                    KonkursCalendar  *calendar,
                    GError          **error)
{
  return konkurs_store_open_full (path, calendar, KONKURS_STORE_OPEN_DEFAULT, error);
}

gboolean
konkurs_store_check_integrity (KonkursStore  *self,
                               GCancellable  *cancellable,
                               GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GString) problems = g_string_new (NULL);
  guint n_problems = 0;
  int rc;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);

  /* quick_check: every page and record, not every index against its
   * table; seconds for a large file, so the window runs it in a job. */
  stmt = konkurs_store_prepare (self, "PRAGMA quick_check(5)", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *line = (const char *) sqlite3_column_text (stmt, 0);

      if (g_strcmp0 (line, "ok") == 0)
        continue;
      g_string_append_printf (problems, "%s%s", n_problems++ > 0 ? "; " : "", line != NULL ? line : "");
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (rc != SQLITE_DONE)
    {
      if ((rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB)
        konkurs_store_set_damaged (self->path, sqlite3_errstr (rc), error);
      else
        konkurs_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }
  if (n_problems == 0)
    {
      g_atomic_int_set (&self->sound, TRUE);
      return TRUE;
    }
  konkurs_store_set_damaged (self->path, problems->str, error);
  return FALSE;
}

void
konkurs_store_set_read_only (KonkursStore *self,
                             char         *reason)
{
  g_return_if_fail (KONKURS_IS_STORE (self));
  g_return_if_fail (reason != NULL);

  g_mutex_lock (&self->actor_lock);
  g_free (self->read_only_reason);
  self->read_only_reason = reason;
  g_mutex_unlock (&self->actor_lock);
  if (!g_atomic_int_exchange (&self->read_only, TRUE))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
}

gboolean
konkurs_store_is_read_only (KonkursStore *self)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);
  return g_atomic_int_get (&self->read_only);
}

char *
konkurs_store_dup_read_only_reason (KonkursStore *self)
{
  char *reason;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  g_mutex_lock (&self->actor_lock);
  reason = g_strdup (self->read_only_reason);
  g_mutex_unlock (&self->actor_lock);
  return reason;
}

char *
konkurs_store_get_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "konkurs", "konkurs.db", NULL);
}

const char *
konkurs_store_get_path (KonkursStore *self)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);
  return self->path;
}

void
konkurs_store_set_actor (KonkursStore *self,
                         const char   *name)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name != NULL ? name : ""));

  g_return_if_fail (KONKURS_IS_STORE (self));

  g_mutex_lock (&self->actor_lock);
  g_free (self->actor);
  self->actor = *stripped != '\0' ? g_steal_pointer (&stripped) : NULL;
  g_mutex_unlock (&self->actor_lock);
}

char *
konkurs_store_dup_actor (KonkursStore *self)
{
  char *actor;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  g_mutex_lock (&self->actor_lock);
  actor = g_strdup (self->actor);
  g_mutex_unlock (&self->actor_lock);
  return actor != NULL ? actor : g_strdup (g_get_user_name ());
}

int
konkurs_store_get_schema_version (KonkursStore *self)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), 0);
  return self->schema_version;
}

KonkursCalendar *
konkurs_store_get_calendar (KonkursStore *self)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);
  return self->calendar;
}

