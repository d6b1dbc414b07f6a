/**
 */
package ssiplan.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Lpar</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A logical partition of a CEC; at most one z/VM member runs in it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.Lpar#getName <em>Name</em>}</li>
 *   <li>{@link ssiplan.model.Lpar#getMemoryGiB <em>Memory Gi B</em>}</li>
 *   <li>{@link ssiplan.model.Lpar#getLogicalProcessors <em>Logical Processors</em>}</li>
 *   <li>{@link ssiplan.model.Lpar#getProcessorType <em>Processor Type</em>}</li>
 *   <li>{@link ssiplan.model.Lpar#getMember <em>Member</em>}</li>
 * </ul>
 *
 * @see ssiplan.model.SsiplanPackage#getLpar()
 * @model
 * @generated
 */
public interface Lpar extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * LPAR name, as used by System_Identifier LPAR.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see ssiplan.model.SsiplanPackage#getLpar_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link ssiplan.model.Lpar#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Memory Gi B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Memory Gi B</em>' attribute.
	 * @see #setMemoryGiB(int)
	 * @see ssiplan.model.SsiplanPackage#getLpar_MemoryGiB()
	 * @model
	 * @generated
	 */
	int getMemoryGiB();

	/**
	 * Sets the value of the '{@link ssiplan.model.Lpar#getMemoryGiB <em>Memory Gi B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory Gi B</em>' attribute.
	 * @see #getMemoryGiB()
	 * @generated
	 */
	void setMemoryGiB(int value);

	/**
	 * Returns the value of the '<em><b>Logical Processors</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Logical Processors</em>' attribute.
	 * @see #setLogicalProcessors(int)
	 * @see ssiplan.model.SsiplanPackage#getLpar_LogicalProcessors()
	 * @model
	 * @generated
	 */
	int getLogicalProcessors();

	/**
	 * Sets the value of the '{@link ssiplan.model.Lpar#getLogicalProcessors <em>Logical Processors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Logical Processors</em>' attribute.
	 * @see #getLogicalProcessors()
	 * @generated
	 */
	void setLogicalProcessors(int value);

	/**
	 * Returns the value of the '<em><b>Processor Type</b></em>' attribute.
	 * The default value is <code>"IFL"</code>.
	 * The literals are from the enumeration {@link ssiplan.model.ProcessorType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Processor Type</em>' attribute.
	 * @see ssiplan.model.ProcessorType
	 * @see #setProcessorType(ProcessorType)
	 * @see ssiplan.model.SsiplanPackage#getLpar_ProcessorType()
	 * @model default="IFL"
	 * @generated
	 */
	ProcessorType getProcessorType();

	/**
	 * Sets the value of the '{@link ssiplan.model.Lpar#getProcessorType <em>Processor Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Processor Type</em>' attribute.
	 * @see ssiplan.model.ProcessorType
	 * @see #getProcessorType()
	 * @generated
	 */
	void setProcessorType(ProcessorType value);

	/**
	 * Returns the value of the '<em><b>Member</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link ssiplan.model.Member#getLpar <em>Lpar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The z/VM member IPLed in this LPAR, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Member</em>' reference.
	 * @see #setMember(Member)
	 * @see ssiplan.model.SsiplanPackage#getLpar_Member()
	 * @see ssiplan.model.Member#getLpar
	 * @model opposite="lpar"
	 * @generated
	 */
	Member getMember();

	/**
	 * Sets the value of the '{@link ssiplan.model.Lpar#getMember <em>Member</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Member</em>' reference.
	 * @see #getMember()
	 * @generated
	 */
	void setMember(Member value);

} // Lpar
