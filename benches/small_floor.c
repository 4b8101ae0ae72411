/* The floor under "500 x 64 KiB, fsync kept": only the file work Haul cannot skip, with no
 * network at all. N files of SIZE bytes are each created as NAME.part, written in one call,
 * fsync'ed and renamed into place, by THREADS threads at once (as Haul's -j 8 does). Prints
 * the seconds it took. benches/compare.sh builds and runs it beside curl, so the ratio of
 * this floor to curl's whole run says how much room the target leaves on this machine.
 *
 *   cc -O2 -pthread -o small_floor benches/small_floor.c && ./small_floor DIR [N SIZE THREADS]
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const char *dir;
static int count = 500, size = 65536, threads = 8;
static char *data;
static int next_file;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static void *work(void *unused) {
  (void)unused;
  for (;;) {
    pthread_mutex_lock(&lock);
    int i = next_file++;
    pthread_mutex_unlock(&lock);
    if (i >= count) return NULL;
    char part[4096], name[4096];
    snprintf(part, sizeof part, "%s/f%04d.bin.part", dir, i);
    snprintf(name, sizeof name, "%s/f%04d.bin", dir, i);
    int fd = open(part, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0644);
    if (fd < 0 || pwrite(fd, data, size, 0) != size || fsync(fd) != 0 || rename(part, name) != 0) {
      perror(part);
      exit(1);
    }
    close(fd);
  }
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s DIR [N SIZE THREADS]\n", argv[0]);
    return 2;
  }
  dir = argv[1];
  if (argc > 2) count = atoi(argv[2]);
  if (argc > 3) size = atoi(argv[3]);
  if (argc > 4) threads = atoi(argv[4]);
  data = malloc(size);
  memset(data, 0x5a, size);
  struct timespec start, end;
  clock_gettime(CLOCK_MONOTONIC, &start);
  pthread_t ids[256];
  for (int t = 0; t < threads && t < 256; t++) pthread_create(&ids[t], NULL, work, NULL);
  for (int t = 0; t < threads && t < 256; t++) pthread_join(ids[t], NULL);
  /* Haul also syncs the folder once the names are in place. */
  int folder = open(dir, O_RDONLY | O_DIRECTORY);
  if (folder >= 0) { fsync(folder); close(folder); }
  clock_gettime(CLOCK_MONOTONIC, &end);
  printf("%.3f\n", (end.tv_sec - start.tv_sec) + (end.tv_nsec - start.tv_nsec) / 1e9);
  return 0;
}
