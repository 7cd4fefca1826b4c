/* bench-documents.c — how long a long protocol takes to lay out and write,
 * and how much memory it needs
 *
 * Not a test: tests/benchmark.py runs it and prints its figures.  It
 * builds a document of ROWS table rows shaped as KIND prints them
 * ("publication": number, name, personal code, result; "admission":
 * number, name, IIN over personal code, decision, reasons of one to three
 * lines), lays it out on A4 and writes it as PDF to a temporary file, and
 * prints the pages, the wall and processor time of each step and the peak
 * resident memory of the process (VmHWM).  Its rows come from a row
 * source, a batch at a time.
 *
 *   bench-documents KIND ROWS
 *
 * "decided" builds the real admission protocol (a draft, in Russian) of
 * the competition of DATABASE with the most decided applications, every
 * row with the reasons of its decision as the store keeps them, and
 * prints the same figures with the time the protocol took to build (the
 * database opened before the clock starts):
 *
 *   bench-documents decided DATABASE
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include <glib/gstdio.h>

#include "konkurs-admission-protocol.h"
#include "konkurs-document.h"
#include "konkurs-store-private.h"

/* A4 in points */
#define PAGE_WIDTH  595.276
#define PAGE_HEIGHT 841.89

static const char * const surnames[] = {
  "Абдрахманов", "Жұмабаева", "Нұрланова", "Сейітқали", "Иванова", "Омаров", "Тоқтарова", "Бекмұхамедов",
};
static const char * const names[] = {
  "Айгерім", "Дәурен", "Мария", "Ерлан", "Сәуле", "Нұрсұлтан", "Алексей", "Гүлнар",
};
static const char * const reasons[] = {
  "—",
  "Стаж государственной службы меньше требуемого: 1 год 4 месяца из 2 лет.",
  "Нет документа об образовании требуемого уровня (высшее). Справка о состоянии здоровья не представлена.",
  "Қажетті білім деңгейі туралы құжат жоқ. Мемлекеттік қызмет өтілі талап етілгеннен аз: 1 жыл 4 ай, 2 жыл "
  "қажет. Денсаулық жағдайы туралы анықтама ұсынылмаған.",
};

static double
cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec
       + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

static long
vm_hwm_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL)
      || (line = strstr (status, "VmHWM:")) == NULL)
    return 0;
  return strtol (line + strlen ("VmHWM:"), NULL, 10);
}

/* Rows @first to @first + @n - 1 of the table: a row source, so that the
 * document keeps the text of one batch of rows only, as a long protocol
 * does (konkurs_document_set_row_source()). */
static void
read_rows (guint first, guint n, GPtrArray *rows, gpointer user_data)
{
  gboolean admission = GPOINTER_TO_INT (user_data);

  for (guint i = first; i < first + n; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *name = g_strdup_printf ("%s %s %sұлы", surnames[i % G_N_ELEMENTS (surnames)],
                                               names[(i / 8) % G_N_ELEMENTS (names)],
                                               names[(i / 64) % G_N_ELEMENTS (names)]);
      g_autofree char *code = g_strdup_printf ("PK-%03u-%03u-%03u", (i / 1000000) % 1000, (i / 1000) % 1000, i % 1000);
      g_autofree char *identifiers = g_strdup_printf ("900101%06u\n%s", 300000 + i, code);

      if (admission)
        {
          const char *cells[] = { number, name, identifiers, i % 3 == 0 ? "Жіберілмеді" : "Жіберілді",
                                  i % 3 == 0 ? reasons[1 + (i / 3) % 3] : reasons[0] };
          g_ptr_array_add (rows, konkurs_document_row_new (G_N_ELEMENTS (cells), cells));
        }
      else
        {
          const char *cells[] = { number, name, code, i % 4 == 0 ? "Өткен жоқ" : "Өтті" };
          g_ptr_array_add (rows, konkurs_document_row_new (G_N_ELEMENTS (cells), cells));
        }
    }
}

static void
add_rows (KonkursDocument *document, gboolean admission, guint n_rows)
{
  static const char * const pub_headers[] = { "№", "Тегі, аты, әкесінің аты", "Жеке код", "Нәтижесі" };
  static const double pub_widths[] = { 26, 200, 120, 150 };
  static const char * const adm_headers[] = { "№", "Тегі, аты, әкесінің аты", "ЖСН / Жеке код", "Шешім", "Себептері" };
  static const double adm_widths[] = { 26, 112, 108, 62, 188 };

  if (admission)
    konkurs_document_begin_table (document, 5, adm_headers, adm_widths);
  else
    konkurs_document_begin_table (document, 4, pub_headers, pub_widths);
  konkurs_document_set_row_source (document, n_rows, read_rows, GINT_TO_POINTER (admission), NULL);
  konkurs_document_end_table (document);
}

static void
read_id (sqlite3_stmt *stmt, gpointer id)
{
  *(gint64 *) id = sqlite3_column_int64 (stmt, 0);
}

/* The admission protocol of @store's competition with the most decided
 * applications; its number of rows in @n_rows. */
static KonkursDocument *
build_decided (KonkursStore *store, guint *n_rows)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCatalog) catalog = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  KonkursDocumentOptions options = { .draft = TRUE };
  KonkursDocument *document;
  gint64 competition = 0;
  gint64 rows = 0;

  stmt = konkurs_store_prepare (store,
                                "SELECT competition_id FROM application WHERE eligibility <> 'pending' "
                                "GROUP BY competition_id ORDER BY COUNT(*) DESC LIMIT 1", &error);
  if (stmt == NULL || !konkurs_store_each_row (store, stmt, read_id, &competition, &error))
    g_error ("%s", error->message);
  g_clear_pointer (&stmt, sqlite3_finalize);
  stmt = konkurs_store_prepare (store, "SELECT COUNT(*) FROM application WHERE competition_id = ?1", &error);
  if (stmt == NULL)
    g_error ("%s", error->message);
  sqlite3_bind_int64 (stmt, 1, competition);
  if (!konkurs_store_each_row (store, stmt, read_id, &rows, &error))
    g_error ("%s", error->message);
  *n_rows = rows;

  catalog = konkurs_catalog_new (KONKURS_DOC_LANGUAGE_RU, &error);
  if (catalog == NULL)
    g_error ("%s", error->message);
  document = konkurs_admission_protocol_build (store, competition, catalog, &options, &error);
  if (document == NULL)
    g_error ("%s", error->message);
  return document;
}

int
main (int argc, char **argv)
{
  g_autoptr(KonkursDocument) document = NULL;
  g_autoptr(KonkursStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  gboolean admission, decided;
  guint n_rows, n_pages;
  gint64 start, built, laid_out, written;
  double cpu_start, cpu_built, cpu_laid_out, cpu_written;
  int fd;

  if (argc != 3 || (strcmp (argv[1], "publication") != 0 && strcmp (argv[1], "admission") != 0
                    && strcmp (argv[1], "decided") != 0))
    {
      fprintf (stderr, "usage: %s publication|admission ROWS\n       %s decided DATABASE\n", argv[0], argv[0]);
      return 2;
    }
  admission = strcmp (argv[1], "admission") == 0;
  decided = strcmp (argv[1], "decided") == 0;
  n_rows = decided ? 0 : strtoul (argv[2], NULL, 10);

  /* opened before the clock starts: opening checks the whole database's
   * integrity, which is not the protocol's work */
  if (decided && (store = konkurs_store_open (argv[2], NULL, &error)) == NULL)
    g_error ("%s", error->message);

  fd = g_file_open_tmp ("bench-documents-XXXXXX.pdf", &path, &error);
  if (fd < 0)
    g_error ("%s", error->message);
  close (fd);

  start = g_get_monotonic_time ();
  cpu_start = cpu_seconds ();
  if (decided)
    document = build_decided (store, &n_rows);
  else
    {
      document = konkurs_document_new ();
      konkurs_document_set_footer (document, "Бенчмарк хаттамасы", "%u бет, барлығы %u");
      konkurs_document_add_title (document, "ХАТТАМА");
      konkurs_document_add_field (document, "Күн тәртібі", "Құжаттарды қарау");
      add_rows (document, admission, n_rows);
      konkurs_document_add_signature (document, "Комиссия төрағасы", "Нұрланова Д.");
      konkurs_document_add_signature (document, "Хатшы", "Омаров Е.");
    }
  built = g_get_monotonic_time ();
  cpu_built = cpu_seconds ();

  n_pages = konkurs_document_paginate (document, PAGE_WIDTH, PAGE_HEIGHT);
  laid_out = g_get_monotonic_time ();
  cpu_laid_out = cpu_seconds ();

  if (!konkurs_document_write_pdf (document, path, NULL, &error))
    g_error ("%s", error->message);
  written = g_get_monotonic_time ();
  cpu_written = cpu_seconds ();
  g_unlink (path);

  printf ("kind: %s\n", argv[1]);
  printf ("rows: %u\n", n_rows);
  printf ("pages: %u\n", n_pages);
  printf ("build-ms: %.0f\n", (built - start) / 1000.0);
  printf ("build-cpu-ms: %.0f\n", (cpu_built - cpu_start) * 1000.0);
  printf ("paginate-ms: %.0f\n", (laid_out - built) / 1000.0);
  printf ("write-ms: %.0f\n", (written - laid_out) / 1000.0);
  printf ("total-ms: %.0f\n", (written - start) / 1000.0);
  printf ("total-cpu-ms: %.0f\n", (cpu_written - cpu_start) * 1000.0);
  printf ("paginate-cpu-ms: %.0f\n", (cpu_laid_out - cpu_built) * 1000.0);
  printf ("vmhwm-kib: %ld\n", vm_hwm_kib ());

  return 0;
}
