using System.ComponentModel.DataAnnotations;

namespace ContractIntel.Messaging;

/// <summary>The broker. The password comes from the environment (<c>ContractIntel__RabbitMq__Password</c>) outside development.</summary>
public sealed class RabbitMqOptions
{
    public const string SectionName = "ContractIntel:RabbitMq";

    [Required]
    public string Host { get; set; } = "127.0.0.1";

    [Range(1, 65535)]
    public int Port { get; set; } = 5672;

    [Required]
    public string VirtualHost { get; set; } = "/";

    [Required]
    public string Username { get; set; } = "guest";

    [Required]
    public string Password { get; set; } = "guest";

    /// <summary>The command queue. Only tests and side-by-side installs on one virtual host change it.</summary>
    [Required]
    [RegularExpression("^[a-z0-9][a-z0-9._-]*$")]
    public string Queue { get; set; } = MessagingNames.ProcessDocumentQueue;
}
