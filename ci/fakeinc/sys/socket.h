typedef unsigned int socklen_t;
struct sockaddr { unsigned short sa_family; char sa_data[14]; };
