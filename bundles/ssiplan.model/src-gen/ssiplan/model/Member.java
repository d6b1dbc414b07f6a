/**
 */
package ssiplan.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Member</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A z/VM system that is a member of an SSI cluster, occupying one slot.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.Member#getName <em>Name</em>}</li>
 *   <li>{@link ssiplan.model.Member#getSlot <em>Slot</em>}</li>
 *   <li>{@link ssiplan.model.Member#getLpar <em>Lpar</em>}</li>
 *   <li>{@link ssiplan.model.Member#getRelease <em>Release</em>}</li>
 *   <li>{@link ssiplan.model.Member#getServiceLevel <em>Service Level</em>}</li>
 *   <li>{@link ssiplan.model.Member#getMacPrefix <em>Mac Prefix</em>}</li>
 *   <li>{@link ssiplan.model.Member#getRealMemoryGiB <em>Real Memory Gi B</em>}</li>
 *   <li>{@link ssiplan.model.Member#getPagingCapacityGiB <em>Paging Capacity Gi B</em>}</li>
 *   <li>{@link ssiplan.model.Member#getInitialState <em>Initial State</em>}</li>
 *   <li>{@link ssiplan.model.Member#getCpOwnedSlots <em>Cp Owned Slots</em>}</li>
 *   <li>{@link ssiplan.model.Member#getSystemResidence <em>System Residence</em>}</li>
 * </ul>
 *
 * @see ssiplan.model.SsiplanPackage#getMember()
 * @model
 * @generated
 */
public interface Member extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * System name, 1-8 alphanumeric characters [C].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see ssiplan.model.SsiplanPackage#getMember_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link ssiplan.model.Member#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Slot</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SSI slot number, 1..maximum members for the release [C].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slot</em>' attribute.
	 * @see #setSlot(int)
	 * @see ssiplan.model.SsiplanPackage#getMember_Slot()
	 * @model default="1"
	 * @generated
	 */
	int getSlot();

	/**
	 * Sets the value of the '{@link ssiplan.model.Member#getSlot <em>Slot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slot</em>' attribute.
	 * @see #getSlot()
	 * @generated
	 */
	void setSlot(int value);

	/**
	 * Returns the value of the '<em><b>Lpar</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link ssiplan.model.Lpar#getMember <em>Member</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The LPAR this member is IPLed in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lpar</em>' reference.
	 * @see #setLpar(Lpar)
	 * @see ssiplan.model.SsiplanPackage#getMember_Lpar()
	 * @see ssiplan.model.Lpar#getMember
	 * @model opposite="member"
	 * @generated
	 */
	Lpar getLpar();

	/**
	 * Sets the value of the '{@link ssiplan.model.Member#getLpar <em>Lpar</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lpar</em>' reference.
	 * @see #getLpar()
	 * @generated
	 */
	void setLpar(Lpar value);

	/**
	 * Returns the value of the '<em><b>Release</b></em>' attribute.
	 * The default value is <code>"7.3"</code>.
	 * The literals are from the enumeration {@link ssiplan.model.ZvmRelease}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Release</em>' attribute.
	 * @see ssiplan.model.ZvmRelease
	 * @see #setRelease(ZvmRelease)
	 * @see ssiplan.model.SsiplanPackage#getMember_Release()
	 * @model default="7.3"
	 * @generated
	 */
	ZvmRelease getRelease();

	/**
	 * Sets the value of the '{@link ssiplan.model.Member#getRelease <em>Release</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Release</em>' attribute.
	 * @see ssiplan.model.ZvmRelease
	 * @see #getRelease()
	 * @generated
	 */
	void setRelease(ZvmRelease value);

	/**
	 * Returns the value of the '<em><b>Service Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Service level such as RSU 2401; members may differ during a rollout.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Service Level</em>' attribute.
	 * @see #setServiceLevel(String)
	 * @see ssiplan.model.SsiplanPackage#getMember_ServiceLevel()
	 * @model
	 * @generated
	 */
	String getServiceLevel();

	/**
	 * Sets the value of the '{@link ssiplan.model.Member#getServiceLevel <em>Service Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service Level</em>' attribute.
	 * @see #getServiceLevel()
	 * @generated
	 */
	void setServiceLevel(String value);

	/**
	 * Returns the value of the '<em><b>Mac Prefix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * VMLAN MACPREFIX (6 hex digits), unique per member [U].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mac Prefix</em>' attribute.
	 * @see #setMacPrefix(String)
	 * @see ssiplan.model.SsiplanPackage#getMember_MacPrefix()
	 * @model
	 * @generated
	 */
	String getMacPrefix();

	/**
	 * Sets the value of the '{@link ssiplan.model.Member#getMacPrefix <em>Mac Prefix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mac Prefix</em>' attribute.
	 * @see #getMacPrefix()
	 * @generated
	 */
	void setMacPrefix(String value);

	/**
	 * Returns the value of the '<em><b>Real Memory Gi B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Real memory z/VM uses; normally the LPAR's memory.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Real Memory Gi B</em>' attribute.
	 * @see #setRealMemoryGiB(int)
	 * @see ssiplan.model.SsiplanPackage#getMember_RealMemoryGiB()
	 * @model
	 * @generated
	 */
	int getRealMemoryGiB();

	/**
	 * Sets the value of the '{@link ssiplan.model.Member#getRealMemoryGiB <em>Real Memory Gi B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Real Memory Gi B</em>' attribute.
	 * @see #getRealMemoryGiB()
	 * @generated
	 */
	void setRealMemoryGiB(int value);

	/**
	 * Returns the value of the '<em><b>Paging Capacity Gi B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Paging space (when 0 the capacity follows from the member's PAGE CP-owned volumes).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Paging Capacity Gi B</em>' attribute.
	 * @see #setPagingCapacityGiB(int)
	 * @see ssiplan.model.SsiplanPackage#getMember_PagingCapacityGiB()
	 * @model
	 * @generated
	 */
	int getPagingCapacityGiB();

	/**
	 * Sets the value of the '{@link ssiplan.model.Member#getPagingCapacityGiB <em>Paging Capacity Gi B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Paging Capacity Gi B</em>' attribute.
	 * @see #getPagingCapacityGiB()
	 * @generated
	 */
	void setPagingCapacityGiB(int value);

	/**
	 * Returns the value of the '<em><b>Initial State</b></em>' attribute.
	 * The default value is <code>"JOINED"</code>.
	 * The literals are from the enumeration {@link ssiplan.model.MemberState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Member state when the plan starts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Initial State</em>' attribute.
	 * @see ssiplan.model.MemberState
	 * @see #setInitialState(MemberState)
	 * @see ssiplan.model.SsiplanPackage#getMember_InitialState()
	 * @model default="JOINED"
	 * @generated
	 */
	MemberState getInitialState();

	/**
	 * Sets the value of the '{@link ssiplan.model.Member#getInitialState <em>Initial State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initial State</em>' attribute.
	 * @see ssiplan.model.MemberState
	 * @see #getInitialState()
	 * @generated
	 */
	void setInitialState(MemberState value);

	/**
	 * Returns the value of the '<em><b>Cp Owned Slots</b></em>' containment reference list.
	 * The list contents are of type {@link ssiplan.model.CpOwnedSlot}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CP_Owned list: volumes by slot as seen by this member.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cp Owned Slots</em>' containment reference list.
	 * @see ssiplan.model.SsiplanPackage#getMember_CpOwnedSlots()
	 * @model containment="true"
	 * @generated
	 */
	EList<CpOwnedSlot> getCpOwnedSlots();

	/**
	 * Returns the value of the '<em><b>System Residence</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The member's System_Residence statement: where CP keeps its checkpoint and warm start areas.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>System Residence</em>' containment reference.
	 * @see #setSystemResidence(SystemResidence)
	 * @see ssiplan.model.SsiplanPackage#getMember_SystemResidence()
	 * @model containment="true"
	 * @generated
	 */
	SystemResidence getSystemResidence();

	/**
	 * Sets the value of the '{@link ssiplan.model.Member#getSystemResidence <em>System Residence</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>System Residence</em>' containment reference.
	 * @see #getSystemResidence()
	 * @generated
	 */
	void setSystemResidence(SystemResidence value);

} // Member
