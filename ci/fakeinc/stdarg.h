typedef void *va_list;
