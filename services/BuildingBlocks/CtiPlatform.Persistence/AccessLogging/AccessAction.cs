namespace CtiPlatform.Persistence.AccessLogging;

public enum AccessAction
{
    Read,
    Change,
}
